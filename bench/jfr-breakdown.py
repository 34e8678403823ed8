#!/usr/bin/env python3
"""Where a JVM's CPU went, from a JDK Flight Recorder file (./juxta bench --profile writes them).

    jfr print --events jdk.ExecutionSample --stack-depth 200 immigration.jfr | bench/jfr-breakdown.py
        [--top N] [--within PREFIX ...]

Each execution sample is attributed to the framework of the frame nearest its leaf that is not the
JDK's own (BigInteger under jose4j counts as token verification), so the shares add up to 100 %.

--top N also lists the N methods that were running most often (the leaf frame, JDK or not), and the
share of samples per package of Juxta's own code under the same attribution as above.
--within PREFIX ... also gives, for each prefix of a class or method name (e.g.
org.juxta.customs.selectivity.Selectivity.assess), the share of samples with such a frame anywhere on
their stack: what that call costs with everything it calls, whatever the framework. These shares
overlap.
"""
import collections
import re
import sys

CATS = [
 ("token verification (quarkus-oidc, jose4j)", ("org.jose4j", "io.quarkus.oidc", "io.smallrye.jwt")),
 ("juxta code (audit, screening, kernel, mapping)", ("org.juxta",)),
 ("Jackson (bodies)", ("com.fasterxml.jackson",)),
 ("bean validation", ("org.hibernate.validator",)),
 ("Hibernate ORM/Reactive", ("org.hibernate",)),
 ("PostgreSQL client (Vert.x SQL)", ("io.vertx.pgclient", "io.vertx.sqlclient")),
 ("RESTEasy Reactive", ("org.jboss.resteasy",)),
 ("logging", ("org.jboss.logmanager", "org.jboss.logging")),
 ("context propagation/CDI/Mutiny/security", ("io.smallrye", "io.quarkus.arc", "io.quarkus.security", "io.quarkus.vertx.http.runtime.security", "io.quarkus.hibernate", "io.quarkus.narayana","io.quarkus.reactive")),
 ("Netty/Vert.x (HTTP, event loop)", ("io.netty", "io.vertx", "io.quarkus.vertx", "io.quarkus")),
]


def arguments(argv):
    top, within, index = 0, [], 0
    while index < len(argv):
        if argv[index] == "--top":
            top, index = int(argv[index + 1]), index + 2
        elif argv[index] == "--within":
            index += 1
            while index < len(argv) and not argv[index].startswith("--"):
                within.append(argv[index])
                index += 1
        else:
            sys.exit(__doc__)
    return top, within


def main():
    top, within = arguments(sys.argv[1:])
    counts = collections.Counter()
    leaves = collections.Counter()
    juxta_packages = collections.Counter()
    inside = collections.Counter()
    total = 0

    def flush(methods):  # leaf first
        nonlocal total
        if not methods:
            return
        total += 1
        leaves[methods[0]] += 1
        for prefix in within:
            if any(method.startswith(prefix) for method in methods):
                inside[prefix] += 1
        for method in methods:
            for name, prefixes in CATS:
                if method.startswith(prefixes):
                    counts[name] += 1
                    if name.startswith("juxta"):
                        juxta_packages[method.rsplit(".", 2)[0]] += 1
                    return
        counts["JVM only (JIT, GC, JDK)"] += 1

    methods = []
    for line in sys.stdin:
        stripped = line.strip()
        if stripped.startswith("jdk.ExecutionSample"):
            flush(methods)
            methods = []
        else:
            found = re.match(r'^([\w.$]+\.[\w$<>]+)\(', stripped)
            if found:
                methods.append(found.group(1))
    flush(methods)

    for name, count in counts.most_common():
        print(f"{100 * count / total:5.1f}%  {name}")
    print(total, "samples")
    if top:
        print(f"\nthe {top} methods running most often (leaf frames):")
        for method, count in leaves.most_common(top):
            print(f"{100 * count / total:5.1f}%  {method}")
        print("\nJuxta's code by package (as attributed above):")
        for package, count in juxta_packages.most_common():
            print(f"{100 * count / total:5.1f}%  {package}")
    if within:
        print("\nwith everything they call (overlapping):")
        for prefix in within:
            print(f"{100 * inside[prefix] / total:5.1f}%  {prefix}")


if __name__ == "__main__":
    main()
