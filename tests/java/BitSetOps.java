// Checks BitSet: set/clear/flip, ranges, searches, boolean algebra, text, size and equality.
import java.util.Arrays;
import java.util.BitSet;

public class BitSetOps {
    public static void main(String[] args) {
        BitSet primes = new BitSet(100);
        primes.set(2, 100);
        for (int i = 2; i * i < 100; i++) {
            if (primes.get(i)) {
                for (int j = i * i; j < 100; j += i) {
                    primes.clear(j);
                }
            }
        }
        System.out.println("primes " + primes);
        System.out.println("cardinality " + primes.cardinality() + " length " + primes.length() + " size " + primes.size());
        BitSet odd = new BitSet();
        for (int i = 1; i < 130; i += 2) {
            odd.set(i);
        }
        System.out.println("odd size " + odd.size() + " length " + odd.length());
        BitSet and = (BitSet) primes.clone();
        and.and(odd);
        BitSet or = (BitSet) primes.clone();
        or.or(odd);
        BitSet xor = (BitSet) primes.clone();
        xor.xor(odd);
        BitSet andNot = (BitSet) odd.clone();
        andNot.andNot(primes);
        System.out.println("and " + and);
        System.out.println("or card " + or.cardinality() + " xor " + xor);
        System.out.println("odd non-primes card " + andNot.cardinality() + " intersects " + primes.intersects(odd));
        StringBuilder sb = new StringBuilder();
        for (int i = primes.nextSetBit(50); i >= 0 && i < 80; i = primes.nextSetBit(i + 1)) {
            sb.append(i).append(' ');
        }
        System.out.println("primes 50..80: " + sb);
        System.out.println("nextClearBit(2) " + primes.nextClearBit(2) + " previousSetBit(90) " + primes.previousSetBit(90)
                + " previousClearBit(97) " + primes.previousClearBit(97) + " nextSetBit(98) " + primes.nextSetBit(98));
        BitSet b = new BitSet();
        b.set(3);
        b.set(10, 20);
        b.flip(15, 25);
        b.clear(12);
        b.set(200, true);
        b.set(3, false);
        System.out.println("b " + b + " length " + b.length() + " size " + b.size() + " isEmpty " + b.isEmpty());
        System.out.println("get(10,30) " + b.get(10, 30) + " size " + b.get(10, 30).size());
        System.out.println("longs " + Arrays.toString(b.toLongArray()) + " bytes " + b.toByteArray().length);
        BitSet fromLongs = BitSet.valueOf(new long[] {0x5L, 0x1L});
        BitSet fromBytes = BitSet.valueOf(new byte[] {(byte) 0x81, 0x00, 0x02});
        System.out.println("valueOf " + fromLongs + " " + fromBytes + " " + Arrays.toString(fromBytes.toByteArray()));
        System.out.println("equals " + primes.equals(primes.clone()) + " " + primes.equals(odd) + " hash " + primes.hashCode()
                + " " + new BitSet().hashCode());
        BitSet c = (BitSet) b.clone();
        c.clear(200);
        System.out.println("clone size " + c.size() + " " + c + " clear all " + c.length());
        c.clear();
        System.out.println("cleared " + c + " " + c.isEmpty() + " size " + c.size());
        BitSet big = new BitSet();
        big.set(1000);
        System.out.println("big size " + big.size() + " length " + big.length());
        try {
            b.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            b.set(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("stream sum " + primes.stream().sum());
    }
}
