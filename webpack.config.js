// Builds the Outlook add-in into dist-addin/: the task pane (taskpane.html + taskpane.js),
// the send-time check (launchevent.js: ONE classic script, no imports, for classic Outlook's
// JavaScript-only runtime), the event runtime page (commands.html), and the compose simulator.

import CopyWebpackPlugin from 'copy-webpack-plugin';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const out = resolve(root, 'dist-addin');

/** Shared by both builds: TypeScript via ts-loader, `.js` imports resolve to `.ts` sources. */
function base(mode) {
  return {
    mode,
    context: root,
    target: ['web', 'es2020'],
    devtool: mode === 'production' ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.js'] },
      // vfile's #minpath/#minproc/#minurl pick their browser builds under the "browser" condition.
      conditionNames: ['browser', 'import', 'module', 'default'],
      mainFields: ['browser', 'module', 'main'],
      fallback: { path: false, process: false, url: false, fs: false },
    },
    module: {
      parser: { javascript: { dynamicImportMode: 'eager' } },
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: resolve(root, 'tsconfig.json'),
              compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', sourceMap: mode !== 'production', declaration: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: false, runtimeChunk: false },
  };
}

export default (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const simulatorHtml = (content) =>
    content
      .toString()
      .replace(/<!-- OFFICE_JS -->[\s\S]*?<!-- \/OFFICE_JS -->/, '<script src="fake-office-frame.js"></script>')
      .replace(" https://appsforoffice.microsoft.com", '');
  return [
    {
      ...base(mode),
      name: 'pages',
      entry: {
        taskpane: './addin/taskpane/taskpane.ts',
        simulator: './addin/simulator/simulator.ts',
        'fake-office-frame': './addin/simulator/fake-office-frame.ts',
      },
      output: { path: out, filename: '[name].js', iife: true, clean: { keep: /launchevent\.js/ } },
      plugins: [
        new CopyWebpackPlugin({
          patterns: [
            { from: 'addin/taskpane/taskpane.html', to: 'taskpane.html' },
            { from: 'addin/taskpane/taskpane.html', to: 'taskpane.sim.html', transform: simulatorHtml },
            { from: 'addin/taskpane/taskpane.css', to: 'taskpane.css' },
            { from: 'addin/commands/commands.html', to: 'commands.html' },
            { from: 'addin/support/support.html', to: 'support.html' },
            { from: 'addin/simulator/simulator.html', to: 'simulator.html' },
            { from: 'addin/simulator/simulator.css', to: 'simulator.css' },
            { from: 'assets', to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } },
          ],
        }),
      ],
    },
    {
      ...base(mode),
      name: 'launchevent',
      entry: { launchevent: './addin/launchevent/launchevent.ts' },
      output: {
        path: out,
        filename: '[name].js',
        iife: true,
        module: false,
        chunkFormat: false,
        chunkLoading: false,
        asyncChunks: false,
        library: undefined,
      },
    },
  ];
};
