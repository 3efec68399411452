package nl.nts.platform.core.plugins;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Interfaces of the framework answered by a lambda, each call counted: enough of OSGi, Karaf and JPA for a component's unit test. */
final class Fakes {

    /** How often each faked method was called, by name. */
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    int count(String what) {
        return calls.getOrDefault(what, new AtomicInteger()).get();
    }

    void reset() {
        calls.clear();
    }

    @FunctionalInterface
    interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    /** An interface answered by {@code answer}, each call counted by method name (a query by the entity it names). */
    <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object[] given = args == null ? new Object[0] : args;
            switch (method.getName()) {
                case "equals":
                    return proxy == given[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "fake " + type.getSimpleName();
                default:
                    break;
            }
            String counted = method.getName().equals("createQuery") && String.valueOf(given[0]).contains("PluginConfigEntity") ? "PluginConfigEntity"
                    : method.getName();
            calls.computeIfAbsent(counted, k -> new AtomicInteger()).incrementAndGet();
            Object answered = answer.answer(method.getName(), given);
            Class<?> returned = method.getReturnType();
            if (answered != null || !returned.isPrimitive() || returned == void.class) {
                return answered;
            }
            return returned == boolean.class ? Boolean.FALSE : returned == long.class ? Long.valueOf(0) : Integer.valueOf(0);
        }));
    }
}
