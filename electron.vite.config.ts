import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot load ES modules or require node_modules: one self-contained CJS file each.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('src-preload/index.ts'), customer: resolve('src-preload/customer.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [svelte()],
    build: {
      rolldownOptions: {
        input: { index: resolve('src-renderer/index.html'), customer: resolve('src-renderer/customer.html') },
      },
    },
  },
});
