/**
 * Start-up tuning, in one place: what the window puts off until its first frame ({@link FirstFrame})
 * and warms up in the background after it ({@link DesktopWarmUp}, {@link LoopbackWarmUp}), the
 * installer's training runs for the AOT caches ({@link WindowTraining}: the real window;
 * {@link StartupArchiveTraining}: the command line; {@link StartupClassLoading}: the window's classes
 * where no display is there to show it), and the benchmarks' probes ({@link StartupProbe}, {@link RefreshProbe}).
 *
 * <p>Warm-ups that exercise one layer's own objects stay in that layer: the result tables' layout in
 * {@code ui.main.MainController#warmUpResultViews}, and a command's HTTP client and JSON mapper built
 * side by side in {@code cli.CliHttpClients#warm} and {@code cli.CliContext#warmMapperInBackground}.
 */
package io.tokenrefresher.app.startup;
