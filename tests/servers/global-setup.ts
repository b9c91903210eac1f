// Starts every tested server before the tests and stops them after. One that cannot start fails the run.
import { startRealServer } from '../../scripts/real-servers.mjs';
import { testedServers } from './servers.ts';

export default async function globalSetup(): Promise<() => void> {
  const started: Array<{ stop: () => void }> = [];
  const stopAll = () => {
    for (const server of started) server.stop();
  };
  try {
    for (const server of testedServers) started.push(await startRealServer(server));
  } catch (error) {
    stopAll();
    throw error;
  }
  return stopAll;
}
