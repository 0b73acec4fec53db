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
        'The core (src/language, src/dataset, src/ingest, src/search, src/question, src/answer, src/settings) is Discord-free: put Discord code in src/bot or commands/.',
    },
  ],
};

const ADAPTERS = ['bot', 'console', 'cli', 'config', 'http'];

/**
 * A core layer: no Discord, no adapter, and none of the layers named above it. Imports are
 * relative, so a layer is matched by its folder name one level up ("../answer/…"), or two from a
 * layer's subfolder such as src/answer/intents ("../../answer/…").
 */
function layer(files, above) {
  const forbidden = [...above, ...ADAPTERS].flatMap((name) => [`../${name}/*`, `../../${name}/*`]);
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...discordFree.patterns,
            {
              group: forbidden,
              message:
                'Layers point down: adapters → answer → question/search → dataset. Move the shared piece to the lower layer.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'data/', '.tmp/', 'dist/', '.build/'] },
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
  // Layers point down only: adapters → answer → question and search → dataset (ingest writes the
  // dataset and reads nothing above it). Each core layer is also Discord-free.
  // English word knowledge (speech verbs) that ingest and question both read: the lowest layer.
  layer(['src/language/**'], ['dataset', 'search', 'question', 'answer', 'ingest', 'settings']),
  layer(['src/dataset/**'], ['search', 'question', 'answer', 'ingest']),
  layer(['src/ingest/**', 'src/cli/ingest.ts'], ['search', 'question', 'answer']),
  layer(['src/search/**'], ['question', 'answer', 'ingest']),
  layer(['src/question/**'], ['answer', 'ingest']),
  layer(['src/answer/**', 'src/cli/ask.ts'], ['ingest']),
  // Server settings are stored data, beside the dataset: no Discord and nothing above them.
  layer(['src/settings/**'], ['search', 'question', 'answer', 'ingest']),
  // Pictures are drawn from plain data: no Discord, and no knowledge of where the data comes from.
  layer(['src/chart/**'], ['dataset', 'search', 'question', 'answer', 'ingest', 'settings']),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
