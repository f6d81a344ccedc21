/** Regionale pool: a pool of experts by experience shared by partner municipalities, planned by distribution key. */
@org.springframework.modulith.ApplicationModule(displayName = "Regionale pool")
package nl.kwartiermaker.pool;
