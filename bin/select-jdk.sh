# Sourced by bin/run and bin/test: points JAVA_HOME at a JDK of version 21 or newer.
# Vaadin 25's Maven plugin is compiled for Java 21, so Maven itself must run on 21+; a toolchain is not enough.
# Order: $JAVA_HOME if it is new enough, then `java` on the PATH, then the newest JDK under /usr/lib/jvm.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

select_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "Kwartiermaker needs a JDK 21 or newer (for example Temurin 21 or 25)." >&2
  echo "Install one, or set JAVA_HOME to it, and run this command again." >&2
  return 1
}

select_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
