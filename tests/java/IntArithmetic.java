// Checks int arithmetic edge values: overflow, MIN_VALUE / -1, remainder signs, negation, iinc.
public class IntArithmetic {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE);
        int min = id(Integer.MIN_VALUE);
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(min * -1);
        System.out.println(-min);
        System.out.println(min / id(-1));
        System.out.println(min % id(-1));
        System.out.println(Math.abs(min));
        int[] as = {7, -7, 7, -7, 0, 1, -1, 13, 100, min, max};
        int[] bs = {2, 2, -2, -2, 5, 3, -3, -5, 7, 3, -3};
        for (int i = 0; i < as.length; i++) {
            int a = as[i], b = bs[i];
            System.out.println(a + " " + b + " add=" + (a + b) + " sub=" + (a - b) + " mul=" + (a * b)
                    + " div=" + (a / b) + " rem=" + (a % b) + " neg=" + (-a));
        }
        int x = id(5);
        x += 1000;
        System.out.println(x);
        x -= 70000;
        System.out.println(x);
        x++;
        x--;
        --x;
        System.out.println(x);
        x = id(123456789);
        x *= 987654321;
        System.out.println(x);
        int acc = 0;
        for (int i = 0; i < 1000; i++) {
            acc = acc * 31 + i;
        }
        System.out.println(acc);
        int h = 0x12345678;
        System.out.println(h * 0x9E3779B9);
        System.out.println((h & 0xFF00FF00) + " " + (h | 0x0F0F0F0F) + " " + (h ^ -1) + " " + (~h));
        System.out.println(Integer.MIN_VALUE + Integer.MIN_VALUE);
        System.out.println(id(46341) * id(46341));
    }
}
