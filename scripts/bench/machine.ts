/** The machine the figures were measured on, and pinning to one core. */
import { execFileSync } from "node:child_process";
import { arch, cpus, platform, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  memoryGB: number;
  /** The CPU this process was pinned to with taskset, or why it was not. */
  pinned: string;
}

export function describeMachine(pinned: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    pinned,
  };
}

/**
 * Pin this process and all its threads (GC helpers included) to one CPU with Linux `taskset`, so
 * the figures are single-core figures. Returns a description for the report.
 */
export function pinToCpu(cpu: number): string {
  if (platform() !== "linux") return `not pinned (taskset is Linux-only)`;
  try {
    execFileSync("taskset", ["-a", "-c", "-p", String(cpu), String(process.pid)], { stdio: "ignore" });
    return `CPU ${cpu} (taskset)`;
  } catch {
    return "not pinned (taskset unavailable)";
  }
}
