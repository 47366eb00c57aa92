package org.appeals.launcher.kafka;

import java.nio.file.Path;

/** Text of the broker's server.properties and its quiet log4j 2 configuration. */
final class BrokerConfig {

    private BrokerConfig() {
    }

    /** Combined broker and controller, node 1, everything on loopback, replication factors of one. */
    static String serverProperties(Path logDirs, int brokerPort, int controllerPort) {
        String broker = "127.0.0.1:" + brokerPort;
        String controller = "127.0.0.1:" + controllerPort;
        return """
                # written by the local launcher on every start; edit BrokerConfig instead
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=%2$s
                listeners=PLAINTEXT://%1$s,CONTROLLER://%2$s
                advertised.listeners=PLAINTEXT://%1$s,CONTROLLER://%2$s
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=5
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=168
                """.formatted(broker, controller, logDirs);
    }

    /** Warnings only, plus the line saying the server started; stdout is redirected to the kafka log file. */
    static String log4jProperties() {
        return """
                status = warn
                appender.out.type = Console
                appender.out.name = OUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = WARN
                rootLogger.appenderRef.out.ref = OUT
                logger.started.name = kafka.server.KafkaRaftServer
                logger.started.level = INFO
                """;
    }
}
