package org.appeals.embeddedmongo;

import java.nio.file.Path;

/** Command-line options of {@link EmbeddedMongoServer}. */
record MongoOptions(Path file, String host, int port) {

    static MongoOptions parse(String[] args) {
        Path file = Path.of(".local", "mongo", "appeals.mv");
        String host = "127.0.0.1";
        int port = 27017;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--file" -> file = Path.of(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --file <path> --host <address> --port <port>");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Option " + args[args.length - 1] + " has no value");
        }
        return new MongoOptions(file, host, port);
    }
}
