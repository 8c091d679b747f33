// Checks Vector (capacity growth, the old element methods, enumerations) and Stack.
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Stack;
import java.util.Vector;

public class VectorStack {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        System.out.println("capacity " + v.capacity());
        for (int i = 0; i < 25; i++) {
            v.addElement(i * i);
            if (i == 9 || i == 10 || i == 20 || i == 24) {
                System.out.println("size " + v.size() + " capacity " + v.capacity());
            }
        }
        Vector<String> inc = new Vector<>(3, 4);
        for (int i = 0; i < 12; i++) {
            inc.add("s" + i);
        }
        System.out.println("increment 4: capacity " + inc.capacity());
        inc.trimToSize();
        System.out.println("trimmed " + inc.capacity() + " ensure " + ensure(inc));
        System.out.println(v.firstElement() + " " + v.lastElement() + " " + v.elementAt(5) + " " + v.indexOf(49, 3)
                + " " + v.lastIndexOf(49) + " " + v.indexOf(50));
        v.insertElementAt(-1, 0);
        v.removeElementAt(3);
        v.setElementAt(1000, 1);
        v.removeElement(400);
        System.out.println(v);
        v.setSize(8);
        System.out.println("setSize 8 " + v + " capacity " + v.capacity());
        v.setSize(10);
        System.out.println("setSize 10 " + v);
        Enumeration<Integer> en = v.elements();
        int sum = 0;
        while (en.hasMoreElements()) {
            Integer x = en.nextElement();
            sum += x == null ? 0 : x;
        }
        System.out.println("sum " + sum);
        Object[] copy = new Object[v.size()];
        v.copyInto(copy);
        System.out.println("copyInto " + Arrays.toString(copy));
        @SuppressWarnings("unchecked")
        Vector<Integer> cl = (Vector<Integer>) v.clone();
        System.out.println("clone capacity " + cl.capacity() + " equals " + cl.equals(v));
        List<Integer> sub = v.subList(2, 5);
        sub.set(0, 77);
        System.out.println("subList " + sub + " -> " + v);
        v.removeAllElements();
        System.out.println("empty " + v + " " + v.isEmpty() + " capacity " + v.capacity());
        try {
            v.elementAt(0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("elementAt: " + e.getMessage());
        }

        Stack<String> st = new Stack<>();
        for (String s : "to be or not to be".split(" ")) {
            st.push(s);
        }
        System.out.println(st + " peek " + st.peek() + " search(to) " + st.search("to") + " search(xx) " + st.search("xx"));
        StringBuilder sb = new StringBuilder();
        while (!st.empty()) {
            sb.append(st.pop()).append(' ');
        }
        System.out.println("popped " + sb);
        try {
            st.pop();
        } catch (java.util.EmptyStackException e) {
            System.out.println("pop empty: " + e.getClass().getName());
        }
        Stack<Integer> rpn = new Stack<>();
        for (String tok : "3 4 + 2 * 7 - 10 5 / +".split(" ")) {
            switch (tok) {
                case "+": rpn.push(rpn.pop() + rpn.pop()); break;
                case "*": rpn.push(rpn.pop() * rpn.pop()); break;
                case "-": { int b = rpn.pop(); rpn.push(rpn.pop() - b); break; }
                case "/": { int b = rpn.pop(); rpn.push(rpn.pop() / b); break; }
                default: rpn.push(Integer.parseInt(tok));
            }
        }
        System.out.println("rpn " + rpn);
    }

    static int ensure(Vector<String> v) {
        v.ensureCapacity(20);
        return v.capacity();
    }
}
