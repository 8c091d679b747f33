// Checks inheritance: overriding, super calls, virtual dispatch from constructors, protected access, static vs instance.
public class InheritanceBasics {
    static class Animal {
        protected String name;
        static int created = 0;

        Animal(String name) {
            this.name = name;
            created++;
            System.out.println("Animal ctor " + name + " sound=" + sound());
        }

        String sound() { return "..."; }

        String describe() { return name + " says " + sound(); }

        static String kind() { return "animal"; }

        final String tag() { return "[" + getClass().getName() + "]"; }
    }

    static class Dog extends Animal {
        private String breed = "mutt";

        Dog(String name) { super(name); }

        Dog(String name, String breed) {
            this(name);
            this.breed = breed;
        }

        @Override
        String sound() { return "woof(" + breed + ")"; }

        @Override
        String describe() { return "Dog: " + super.describe(); }

        static String kind() { return "dog"; }
    }

    static class Puppy extends Dog {
        Puppy(String name) { super(name, "small"); }

        @Override
        String sound() { return "yip+" + super.sound(); }

        @Override
        String describe() { return "Puppy/" + super.describe(); }
    }

    static class Cat extends Animal {
        Cat() { super("cat"); }

        @Override
        String sound() { return "meow"; }
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Animal("generic"), new Dog("rex"), new Dog("fido", "lab"), new Puppy("bit"), new Cat()};
        for (Animal a : zoo) {
            System.out.println(a.describe() + " " + a.tag());
        }
        System.out.println(Animal.created);
        Animal a = new Dog("x", "y");
        System.out.println(a.sound());
        System.out.println(Animal.kind() + " " + Dog.kind());
        Dog d = new Puppy("p");
        System.out.println(d.describe());
        System.out.println((a instanceof Dog) + " " + (a instanceof Puppy) + " " + (zoo[4] instanceof Animal));
        Object o = zoo[3];
        System.out.println(o instanceof Dog dd ? "pattern " + dd.breed : "no");
    }
}
