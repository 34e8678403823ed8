#!/usr/bin/env python3
"""Where a JVM's CPU went, from a JDK Flight Recorder file (./juxta bench --profile writes them).

    jfr print --events jdk.ExecutionSample --stack-depth 200 immigration.jfr | bench/jfr-breakdown.py

Each execution sample is attributed to the framework of the frame nearest its leaf that is not the
JDK's own (BigInteger under jose4j counts as token verification), so the shares add up to 100 %.
"""
import sys, re, collections
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
counts=collections.Counter(); total=0; frames=[]
def flush(fr):
    global total
    if not fr: return
    total+=1
    for f in fr:  # leaf first
        for name,p in CATS:
            if f.startswith(p): counts[name]+=1; return
    counts["JVM only (JIT, GC, JDK)"]+=1
for line in sys.stdin:
    s=line.strip()
    if s.startswith("jdk.ExecutionSample"):
        flush(frames); frames=[]
    else:
        m=re.match(r'^([\w.$]+)\.[\w$<>]+\(', s)
        if m: frames.append(m.group(1))
flush(frames)
for n,c in counts.most_common(): print(f"{100*c/total:5.1f}%  {n}")
print(total,"samples")
