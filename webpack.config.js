/**
 * Builds the task pane, the demo harness and the FunctionFile page into dist/.
 *
 *   --mode production|development
 *   --env url=https://crm-tracker.contoso.example   dist/manifest.xml points at that host
 *                                                   (default: https://localhost:$PORT when the
 *                                                   PORT variable is set, as for npm start)
 *   --env crmUrl=https://org.crm.dynamics.com       the pane talks to that CRM (default: own origin)
 *   --env outDir=test-output/dist                   where to write (default: dist/); npm test
 *                                                   builds there so that it leaves dist/ alone
 */
const path = require('node:path');

const CopyPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');

const DEV_ORIGIN = 'https://localhost:3000';

/** Accepts only an absolute https origin (optionally with a path), without a trailing slash. */
function httpsUrl(value, name) {
  if (value === undefined || value === true) return undefined;
  const text = String(value).replace(/\/+$/, '');
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(text)) {
    throw new Error(`--env ${name}= must be an https URL, got "${value}"`);
  }
  return text;
}

/** `npm start` on another port needs a manifest that points at that port. */
function portOrigin(port) {
  if (port === undefined || port === '' || port === '3000') return undefined;
  if (!/^\d{1,5}$/.test(port)) throw new Error(`PORT must be a port number, got "${port}"`);
  return `https://localhost:${port}`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const addinUrl = httpsUrl(env.url, 'url') ?? portOrigin(process.env.PORT);
  const crmUrl = httpsUrl(env.crmUrl, 'crmUrl') ?? '';

  const page = (name, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      inject: 'body',
      scriptLoading: 'defer',
    });

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    target: ['web', 'es2020'],
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      harness: './src/harness/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, typeof env.outDir === 'string' ? env.outDir : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Our modules only declare; their top-level code (such as the settings reference tables
          // behind src/settings/index.ts) may be dropped when nothing uses it. Entries still run.
          sideEffects: false,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // tsconfig.json is for type checking (noEmit); the bundle needs ES modules out.
              compilerOptions: { noEmit: false, module: 'esnext', target: 'es2020' },
            },
          },
        },
      ],
    },
    plugins: [
      new DefinePlugin({ __CRM_BASE_URL__: JSON.stringify(crmUrl) }),
      page('taskpane', './src/taskpane/taskpane.html'),
      page('harness', './src/harness/harness.html'),
      page('commands', './src/commands/commands.html'),
      new CopyPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/server/static', to: '.' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              addinUrl ? content.toString('utf8').split(DEV_ORIGIN).join(addinUrl) : content,
          },
        ],
      }),
    ],
    optimization: {
      // Dynamic imports (the .eml parser, the Options view) become their own chunks.
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    stats: 'errors-warnings',
    infrastructureLogging: { level: 'warn' },
  };
};
