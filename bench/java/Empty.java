// An empty main: start-up time.
public class Empty {
  public static void main(String[] args) {}
}
