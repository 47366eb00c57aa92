# syntax=docker/dockerfile:1
# The local-launcher jar and its libraries; compose runs the channel stub from it:
#   docker build -f docker/launcher.Dockerfile .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl local-launcher -am -DskipTests package \
 && mkdir -p /app \
 && cp local-launcher/target/local-launcher-*.jar /app/local-launcher.jar \
 && cp -r local-launcher/target/lib /app/lib

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 appeals
USER appeals
WORKDIR /app
# the jar's manifest Class-Path points at lib/
COPY --from=build /app /app
ENV CHANNEL_STUB_HOST=0.0.0.0 CHANNEL_STUB_PORT=8090
ENTRYPOINT ["java", "-Xmx64m", "-cp", "/app/local-launcher.jar", "org.appeals.launcher.stub.ChannelStub"]
