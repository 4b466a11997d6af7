/**
 * Settings for the receipt printer and the pole display: valibot schemas (the Settings screen's input is
 * untrusted) and the defaults of a fresh install, where neither device has a port yet. Shared: the contract
 * validates with these schemas, main applies them.
 */
import * as v from 'valibot';

/** The single-byte code pages our printers and pole displays can be set to. */
export const CODE_PAGES = ['ascii', 'cp437', 'cp850', 'cp858', 'cp860'] as const;
export type CodePage = (typeof CODE_PAGES)[number];
/** Code pages with Portuguese letters first; cp437 is the last resort every ESC/POS printer has. */
export const PRINTER_CODE_PAGES = ['cp860', 'cp850', 'cp858', 'cp437'] as const;
export type PrinterCodePage = (typeof PRINTER_CODE_PAGES)[number];

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;
export const PAPER_COLUMNS = [32, 35, 42, 44, 48] as const;
export const DISPLAY_COMMAND_SETS = ['epson', 'cd5220'] as const;

export const SerialSettingsSchema = v.object({
  /** Empty means "not configured": the device stays off and nothing is sent anywhere. */
  path: v.pipe(v.string(), v.trim(), v.maxLength(260, 'serial.path_too_long')),
  baudRate: v.picklist(BAUD_RATES, 'serial.baud_rate_invalid'),
  dataBits: v.picklist([7, 8], 'serial.data_bits_invalid'),
  parity: v.picklist(['none', 'even', 'odd'], 'serial.parity_invalid'),
  stopBits: v.picklist([1, 2], 'serial.stop_bits_invalid'),
  flowControl: v.picklist(['none', 'rtscts', 'xonxoff'], 'serial.flow_control_invalid'),
});
export type SerialSettings = v.InferOutput<typeof SerialSettingsSchema>;

export const PrinterSettingsSchema = v.object({
  serial: SerialSettingsSchema,
  /** One of the receipt encoder's model ids or "generic"; main checks it against the encoder's list. */
  model: v.pipe(v.string('printer.model_unknown'), v.minLength(1, 'printer.model_unknown'), v.maxLength(64, 'printer.model_unknown')),
  columns: v.picklist(PAPER_COLUMNS, 'printer.columns_invalid'),
  codePage: v.picklist(PRINTER_CODE_PAGES, 'printer.code_page_invalid'),
  /** "auto" prints the QR natively when the model can, "raster" always sends it as an image. */
  qrCode: v.picklist(['auto', 'raster'], 'printer.qr_mode_invalid'),
  /** Ask DLE EOT before each job; off only for printers that never answer it. */
  statusQuery: v.boolean(),
  cut: v.picklist(['full', 'partial'], 'printer.cut_invalid'),
  /** A cash drawer hangs on the printer's drawer port: cash sales send it the pulse (ESC p). */
  drawer: v.optional(v.boolean(), false),
});
export type PrinterSettings = v.InferOutput<typeof PrinterSettingsSchema>;

export const DisplaySettingsSchema = v.object({
  serial: SerialSettingsSchema,
  commandSet: v.picklist(DISPLAY_COMMAND_SETS, 'display.command_set_invalid'),
  /** What the display's DIP switches or firmware selected; text is transliterated to it. */
  codePage: v.picklist(CODE_PAGES, 'display.code_page_invalid'),
});
export type DisplaySettings = v.InferOutput<typeof DisplaySettingsSchema>;

export const DeviceSettingsSchema = v.object({ printer: PrinterSettingsSchema, display: DisplaySettingsSchema });
export type DeviceSettings = v.InferOutput<typeof DeviceSettingsSchema>;

export const DEFAULT_PRINTER_SETTINGS: PrinterSettings = {
  // Serial receipt printers handshake in hardware; without it a raster QR overruns their buffer at 9600.
  serial: { path: '', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'rtscts' },
  model: 'generic',
  columns: 42,
  codePage: 'cp860',
  qrCode: 'auto',
  statusQuery: true,
  cut: 'partial',
  drawer: false,
};

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  serial: { path: '', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'none' },
  commandSet: 'epson',
  codePage: 'cp437',
};

export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  printer: DEFAULT_PRINTER_SETTINGS,
  display: DEFAULT_DISPLAY_SETTINGS,
};
