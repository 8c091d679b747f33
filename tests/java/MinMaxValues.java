// Checks printing of Byte/Short/Character/Integer/Long/Float/Double MIN_VALUE and MAX_VALUE and related constants.
public class MinMaxValues {
    public static void main(String[] args) {
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println(Short.MIN_VALUE + " " + Short.MAX_VALUE);
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE);
        System.out.println(Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL);
        System.out.println(Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Float.NaN);
        System.out.println(Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY + " " + Double.NaN);
        System.out.println(Integer.SIZE + " " + Long.SIZE + " " + Float.SIZE + " " + Double.SIZE + " " + Short.BYTES
                + " " + Character.BYTES + " " + Byte.SIZE + " " + Long.BYTES);
        System.out.println(Float.MAX_EXPONENT + " " + Float.MIN_EXPONENT + " " + Double.MAX_EXPONENT + " "
                + Double.MIN_EXPONENT);
        System.out.println(Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE) + " "
                + String.valueOf(Integer.MAX_VALUE) + " " + Long.valueOf(Long.MAX_VALUE));
        System.out.println(Integer.toHexString(Integer.MIN_VALUE) + " " + Long.toHexString(Long.MIN_VALUE) + " "
                + Integer.toBinaryString(Integer.MAX_VALUE) + " " + Long.toOctalString(Long.MAX_VALUE));
        System.out.println(Integer.MAX_VALUE + 1 == Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + 1 == Long.MIN_VALUE);
        System.out.println(Float.MAX_VALUE * 2 == Float.POSITIVE_INFINITY);
        System.out.println((double) Float.MAX_VALUE + " " + (double) Float.MIN_VALUE + " " + (float) Double.MAX_VALUE
                + " " + (float) Double.MIN_VALUE);
        byte bmin = Byte.MIN_VALUE;
        short smax = Short.MAX_VALUE;
        System.out.println((byte) (bmin - 1) + " " + (short) (smax + 1) + " " + (bmin - 1) + " " + (smax + 1));
    }
}
