// The one ESLint configuration: `npm run lint` and the gulp build's lint step (which runs
// `eslint src/**/*.{ts,tsx}` from the project root and fails `--ship` builds on any warning) both read it.
require('@rushstack/eslint-config/patch/modern-module-resolution');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        project: './tsconfig.json',
        ecmaVersion: 2020,
        sourceType: 'module'
      },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { vars: 'all', args: 'none' }],
        '@microsoft/spfx/no-async-await': 'off',
        '@microsoft/spfx/pair-react-dom-render-unmount': 'error',
        'promise/param-names': 'error',
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'error',
        eqeqeq: ['error', 'always', { null: 'ignore' }],
        'no-console': ['error', { allow: ['warn', 'error'] }],
        'no-restricted-imports': [
          'error',
          {
            paths: [{ name: '@fluentui/react', message: 'Import Fluent UI by path, e.g. @fluentui/react/lib/Persona.' }],
            patterns: [{ group: ['**/tools/**'], message: 'src/ never imports the tools folder.' }]
          }
        ]
      }
    }
  ]
};
