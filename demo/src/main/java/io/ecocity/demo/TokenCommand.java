package io.ecocity.demo;

import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.events.access.AccessTokens;
import io.ecocity.events.access.AccessTokens.Claims;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded run's key pair and its tokens, for {@code ./ecocity run} and {@code ./ecocity token}:
 *
 * <pre>
 *   TokenCommand keys FOLDER
 *       creates jwt-private.pem (owner only) and jwt-public.pem in FOLDER unless both are there; prints the public
 *       key's path
 *   TokenCommand mint --role R [--role R2 ...] [--town T] [--org O] [--subject S] [--hours H] [--issuer I]
 *                     [--audience A] --key PRIVATE.pem
 *       prints an RS256 token of those roles (city-wide without --town), issuer ecocity-local, audience ecocity,
 *       valid 12 hours unless --hours says otherwise
 * </pre>
 */
public final class TokenCommand {

    static final String USAGE = """
            usage: TokenCommand keys FOLDER
                   TokenCommand mint --role ROLE [--role ROLE ...] [--town TOWN] [--org ORG] [--subject NAME]
                                     [--hours 12] [--issuer ecocity-local] [--audience ecocity] --key PRIVATE.pem""";

    private TokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("token: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("token: " + e.getMessage());
            System.exit(1);
        }
    }

    /** What the command prints: the public key's path ({@code keys}) or the token ({@code mint}). */
    static String run(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("say keys or mint");
        }
        return switch (args[0]) {
            case "keys" -> {
                if (args.length != 2) {
                    throw new IllegalArgumentException("keys takes one folder");
                }
                yield SuiteCredentials.ensureKeyPair(Path.of(args[1])).toString();
            }
            case "mint" -> mint(List.of(args).subList(1, args.length));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    }

    private static String mint(List<String> args) {
        List<String> roles = new ArrayList<>();
        String town = null;
        String organisation = null;
        String subject = "ecocity-cli";
        String issuer = SuiteCredentials.LOCAL_ISSUER;
        String audience = SuiteCredentials.AUDIENCE;
        String key = null;
        double hours = 12;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args.get(i + 1);
            switch (name) {
                case "--role" -> roles.add(value);
                case "--town" -> town = value;
                case "--org" -> organisation = value;
                case "--subject" -> subject = value;
                case "--issuer" -> issuer = value;
                case "--audience" -> audience = value;
                case "--key" -> key = value;
                case "--hours" -> {
                    try {
                        hours = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--hours is a number of hours, was " + value);
                    }
                    if (!(hours > 0 && hours <= 24 * 366)) {
                        throw new IllegalArgumentException("--hours is more than 0 and at most a year, was " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("give at least one --role (e.g. --role admin)");
        }
        if (key == null) {
            throw new IllegalArgumentException("give the private key: --key PRIVATE.pem");
        }
        Claims claims = Claims.of(issuer, audience, subject, roles)
                .lifetime(Duration.ofSeconds(Math.round(hours * 3600)));
        if (town != null) {
            claims = claims.town(town);
        }
        if (organisation != null) {
            claims = claims.organisation(organisation);
        }
        try {
            return AccessTokens.mint(claims, SuiteCredentials.readKey(Path.of(key)));
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
