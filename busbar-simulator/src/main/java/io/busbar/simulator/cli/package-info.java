/** The simulator command line: realistic sessions or a load run. */
package io.busbar.simulator.cli;
