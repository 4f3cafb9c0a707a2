import { availableParallelism, cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export type MachineInfo = Readonly<{
  /** What `nproc` answers: the CPUs this process may run on. */
  nproc: number;
  cpuModel: string;
  memoryBytes: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started: anything else busy on the machine skews the figures. */
  loadAverageAtStart: readonly number[];
}>;

export function machineInfo(): MachineInfo {
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
