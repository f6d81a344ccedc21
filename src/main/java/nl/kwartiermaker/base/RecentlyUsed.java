package nl.kwartiermaker.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The values of the last {@code capacity} keys used, safe to share between threads: what was used least recently goes
 * first when a new one comes. For results that are the same for everyone and cost much to make again (rendered
 * Markdown, a sealed scan round's results).
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    public RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value kept for the key, or a new one made and kept. It is made outside the lock, so a slow one holds up
     * nobody; two threads asking at once may both make it, and the values are alike.
     */
    public V get(K key, Supplier<V> make) {
        synchronized (this) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V made = make.get();
        synchronized (this) {
            values.put(key, made);
        }
        return made;
    }

    public synchronized void removeIf(Predicate<K> which) {
        values.keySet().removeIf(which);
    }
}
