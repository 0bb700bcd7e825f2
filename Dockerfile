# One image for every stage: the service's command picks the stage (ingest, streams, sink, topics).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY model model
COPY runtime runtime
COPY ingest ingest
COPY streams streams
COPY sink sink
COPY broker broker
COPY cluster cluster
COPY testkit testkit
COPY eval eval
COPY bench bench
COPY app app
RUN mvn -q -B -ntp -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
# The state directory the compose file mounts its named volumes on must exist in the image and belong to the user
# the stages run as: Docker copies its owner into a new volume, and an absent path would be created as root.
RUN useradd --system --user-group --home-dir /var/lib/newsagg --shell /usr/sbin/nologin newsagg \
    && mkdir -p /var/lib/newsagg/state \
    && chown -R newsagg:newsagg /var/lib/newsagg
COPY --from=build /src/app/target/newsagg.jar /opt/newsagg/newsagg.jar
COPY --from=build /src/app/target/lib /opt/newsagg/lib
USER newsagg
WORKDIR /var/lib/newsagg
# The heap is half the container's memory limit: the other half is for what lives outside it, RocksDB's budget
# (newsagg.{streams,sink}.rocksdb-memory-bytes) and the JVM's own (docs/operations.md, "Memory"). Run a stage with
# a limit (docker-compose.yml sets one per stage; `docker run --memory 1g`): without one the JVM sees the host's RAM.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/opt/newsagg/newsagg.jar"]
CMD ["--help"]
