// Checks constructors calling this(...) and super(...) with arguments computed from static helpers, default values during construction.
public class ConstructorChaining {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class Vehicle {
        final String kind;
        final int wheels;
        int speed = note("Vehicle.speed-init", 10);

        Vehicle() { this("unknown"); }

        Vehicle(String kind) { this(kind, note("default-wheels", 4)); }

        Vehicle(String kind, int wheels) {
            this.kind = kind;
            this.wheels = wheels;
            note("Vehicle(kind,wheels)", wheels);
        }

        String info() { return kind + "/" + wheels + "/" + speed; }
    }

    static class Bike extends Vehicle {
        final boolean electric;

        Bike() { this(false); }

        Bike(boolean electric) {
            super("bike", note("bike-wheels", 2));
            this.electric = electric;
            speed += electric ? 15 : 5;
        }

        @Override
        String info() { return super.info() + (electric ? "/e" : "/m"); }
    }

    static class Truck extends Vehicle {
        final int load;

        Truck(int load) {
            super("truck" + load, load > 10 ? 18 : 6);
            this.load = load;
        }

        Truck() { this(note("default-load", 5)); }
    }

    static class Counter {
        static int instances;
        final int id;

        Counter() { id = ++instances; }
    }

    static class SubCounter extends Counter {
        final int twice;

        SubCounter() { twice = id * 2; }
    }

    public static void main(String[] args) {
        Vehicle[] vs = {new Vehicle(), new Vehicle("car"), new Bike(), new Bike(true), new Truck(20), new Truck()};
        for (Vehicle v : vs) System.out.println(v.info());
        System.out.println(log);
        SubCounter a = new SubCounter(), b = new SubCounter();
        Counter c = new Counter();
        System.out.println(a.id + " " + a.twice + " " + b.id + " " + b.twice + " " + c.id + " " + Counter.instances);
    }
}
