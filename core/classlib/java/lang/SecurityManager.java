// The security manager, which this VM never has (System.getSecurityManager() is null).
package java.lang;

@Deprecated
public class SecurityManager {
    public SecurityManager() {
    }
}
