// One lint config for the whole repo: typescript-eslint (type-aware) + React hooks,
// with formatting left to Prettier. The domain boundary is enforced here.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '.cache/**', 'test/artifacts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { project: path.join(root, 'tsconfig.json'), tsconfigRootDir: root } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // src/domain is shared as source by the mini-program and the functions: it may not depend on either platform.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tarojs/*', 'react', 'react-dom', '@nutui/*'], message: 'src/domain must not import Taro or UI code' },
            { group: ['@cloudbase/*', 'wx-server-sdk', 'better-sqlite3'], message: 'src/domain must not import CloudBase or database code' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'os', 'child_process'], message: 'src/domain must not import Node built-ins' },
            {
              group: ['../../cloudfunctions/*', '../../../cloudfunctions/*', '**/api/*', '**/pages/*'],
              message: 'src/domain imports nothing outside src/domain',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
)
