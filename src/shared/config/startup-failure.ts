/**
 * A reason Charter cannot start that the operator can fix: one plain sentence in Chinese and in English,
 * naming the setting that fixes it. `main.ts` prints it without a stack trace and exits 1.
 */
export class StartupFailure extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'StartupFailure';
  }
}

type Explained = { code: string; zh: string; en: string };

/** StartupFailure and the embedded database's own failures (which cannot import this file) alike. */
export function isExplained(error: unknown): error is Error & Explained {
  const e = error as Partial<Explained> | null;
  return error instanceof Error && typeof e?.code === 'string' && typeof e.zh === 'string' && typeof e.en === 'string';
}

/** Chinese first; English when the operator's locale asks for it (LC_ALL, LC_MESSAGES or LANG starting with `en`). */
export function operatorLanguage(env: NodeJS.ProcessEnv = process.env): 'zh' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

export function httpPortTaken(port: number): StartupFailure {
  return new StartupFailure(
    'STARTUP.PORT_IN_USE',
    `端口 ${port}（API 的 HTTP 端口）已被其他程序占用；请停止该程序，或设置 PORT 为其他端口。`,
    `Port ${port} (the API's HTTP port) is already in use by another program; stop it or set PORT to another port.`,
  );
}

/** The one line main.ts prints when start-up fails. */
export function startupFailureLine(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const language = operatorLanguage(env);
  if (isExplained(error))
    return language === 'en' ? `Charter cannot start: ${error.en}` : `Charter 无法启动：${error.zh}`;
  const message = error instanceof Error ? error.message || error.name : String(error);
  return language === 'en' ? `Charter cannot start: ${message}` : `Charter 无法启动：${message}`;
}
