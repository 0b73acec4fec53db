// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure core must never depend on Discord: adapters depend on the core, not the other way. */
const discordFree = {
  patterns: [
    {
      group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'],
      message:
        'The core (src/dataset, src/ingest, src/search, src/question, src/answer) is Discord-free: put Discord code in src/bot or commands/.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'data/', '.tmp/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/dataset/**',
      'src/ingest/**',
      'src/search/**',
      'src/question/**',
      'src/answer/**',
      'src/cli/ingest.ts',
      'src/cli/ask.ts',
    ],
    rules: { 'no-restricted-imports': ['error', discordFree] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
