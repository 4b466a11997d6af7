import "node:module";
import { resolve } from "node:path";
import { defineConfig } from "electron-vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
// electron.vite.config.ts
var electron_vite_config_default = defineConfig({
	main: { build: { rolldownOptions: { input: { index: resolve("src-main/index.ts") } } } },
	preload: { build: {
		externalizeDeps: false,
		isolatedEntries: true,
		rolldownOptions: {
			input: {
				index: resolve("src-preload/index.ts"),
				customer: resolve("src-preload/customer.ts")
			},
			output: {
				format: "cjs",
				entryFileNames: "[name].cjs"
			}
		}
	} },
	renderer: {
		root: "src-renderer",
		plugins: [svelte()],
		build: { rolldownOptions: { input: {
			index: resolve("src-renderer/index.html"),
			customer: resolve("src-renderer/customer.html")
		} } }
	}
});
export { electron_vite_config_default as default };

//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWxlY3Ryb24udml0ZS5jb25maWcuanMiLCJuYW1lcyI6W10sInNvdXJjZXMiOlsiL3dvcmsvd3QtdWkvZWxlY3Ryb24udml0ZS5jb25maWcudHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBkZWZpbmVDb25maWcgfSBmcm9tICdlbGVjdHJvbi12aXRlJztcbmltcG9ydCB7IHN2ZWx0ZSB9IGZyb20gJ0BzdmVsdGVqcy92aXRlLXBsdWdpbi1zdmVsdGUnO1xuXG5leHBvcnQgZGVmYXVsdCBkZWZpbmVDb25maWcoe1xuICBtYWluOiB7XG4gICAgYnVpbGQ6IHtcbiAgICAgIHJvbGxkb3duT3B0aW9uczogeyBpbnB1dDogeyBpbmRleDogcmVzb2x2ZSgnc3JjLW1haW4vaW5kZXgudHMnKSB9IH0sXG4gICAgfSxcbiAgfSxcbiAgcHJlbG9hZDoge1xuICAgIGJ1aWxkOiB7XG4gICAgICAvLyBTYW5kYm94ZWQgcHJlbG9hZHMgY2Fubm90IGxvYWQgRVMgbW9kdWxlcyBvciByZXF1aXJlIG5vZGVfbW9kdWxlczogb25lIHNlbGYtY29udGFpbmVkIENKUyBmaWxlIGVhY2guXG4gICAgICBleHRlcm5hbGl6ZURlcHM6IGZhbHNlLFxuICAgICAgaXNvbGF0ZWRFbnRyaWVzOiB0cnVlLFxuICAgICAgcm9sbGRvd25PcHRpb25zOiB7XG4gICAgICAgIGlucHV0OiB7IGluZGV4OiByZXNvbHZlKCdzcmMtcHJlbG9hZC9pbmRleC50cycpLCBjdXN0b21lcjogcmVzb2x2ZSgnc3JjLXByZWxvYWQvY3VzdG9tZXIudHMnKSB9LFxuICAgICAgICBvdXRwdXQ6IHsgZm9ybWF0OiAnY2pzJywgZW50cnlGaWxlTmFtZXM6ICdbbmFtZV0uY2pzJyB9LFxuICAgICAgfSxcbiAgICB9LFxuICB9LFxuICByZW5kZXJlcjoge1xuICAgIHJvb3Q6ICdzcmMtcmVuZGVyZXInLFxuICAgIHBsdWdpbnM6IFtzdmVsdGUoKV0sXG4gICAgYnVpbGQ6IHtcbiAgICAgIHJvbGxkb3duT3B0aW9uczoge1xuICAgICAgICBpbnB1dDogeyBpbmRleDogcmVzb2x2ZSgnc3JjLXJlbmRlcmVyL2luZGV4Lmh0bWwnKSwgY3VzdG9tZXI6IHJlc29sdmUoJ3NyYy1yZW5kZXJlci9jdXN0b21lci5odG1sJykgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgfSxcbn0pO1xuIl0sIm1hcHBpbmdzIjoiOzs7OztBQUlBLElBQUEsK0JBQWUsYUFBYTtDQUMxQixNQUFNLEVBQ0osT0FBTyxFQUNMLGlCQUFpQixFQUFFLE9BQU8sRUFBRSxPQUFPLFFBQVEsbUJBQW1CLEVBQUUsRUFBRSxFQUNwRSxFQUNGO0NBQ0EsU0FBUyxFQUNQLE9BQU87RUFFTCxpQkFBaUI7RUFDakIsaUJBQWlCO0VBQ2pCLGlCQUFpQjtHQUNmLE9BQU87SUFBRSxPQUFPLFFBQVEsc0JBQXNCO0lBQUcsVUFBVSxRQUFRLHlCQUF5QjtHQUFFO0dBQzlGLFFBQVE7SUFBRSxRQUFRO0lBQU8sZ0JBQWdCO0dBQWE7RUFDeEQ7Q0FDRixFQUNGO0NBQ0EsVUFBVTtFQUNSLE1BQU07RUFDTixTQUFTLENBQUMsT0FBTyxDQUFDO0VBQ2xCLE9BQU8sRUFDTCxpQkFBaUIsRUFDZixPQUFPO0dBQUUsT0FBTyxRQUFRLHlCQUF5QjtHQUFHLFVBQVUsUUFBUSw0QkFBNEI7RUFBRSxFQUN0RyxFQUNGO0NBQ0Y7QUFDRixDQUFDIn0=