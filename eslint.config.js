import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', '.data/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests and benchmarks talk to the terminal on purpose.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/cli.ts', 'src/charter-verify.ts', 'src/cli/**/*.ts', '**/*.spec.ts'],
    rules: { 'no-console': 'off' },
  },
);
