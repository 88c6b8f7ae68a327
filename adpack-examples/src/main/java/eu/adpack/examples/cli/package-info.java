/**
 * The {@code adpack} command line: one picocli command per subcommand, with output formats that scripts rely on.
 */
package eu.adpack.examples.cli;
