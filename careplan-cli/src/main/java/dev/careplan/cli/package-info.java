/** The {@code careplan} command-line tool (picocli): one class per subcommand. */
package dev.careplan.cli;
