// Checks CharSequence.chars()/codePoints() on String and StringBuilder, and String.lines().
import java.util.stream.Collectors;
public class CharSequenceStreams {
  public static void main(String[] a) {
    String s = "hello, world";
    System.out.println(s.chars().filter(Character::isLetter).count());
    System.out.println(s.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("|")));
    System.out.println("a\uD83D\uDE00b".codePoints().count() + " " + "a\uD83D\uDE00b".chars().count());
    System.out.println("one\ntwo\r\nthree\rfour\n".lines().collect(Collectors.toList()));
    StringBuilder sb = new StringBuilder("xyz"); System.out.println(sb.chars().sum());
  }
}
