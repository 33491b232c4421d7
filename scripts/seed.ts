import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedDataFolder } from '../electron/core/seed/folder';
import { SIZES, type SeedSize } from '../electron/core/seed';
import { AppError } from '../shared/errors';

const USAGE = 'Cách dùng: npm run seed -- --data <thư mục> --size small|large [--seed <số>]';

/** `npm run seed -- --data <dir> --size small|large [--seed N]`: a generated ward in an empty data folder. */
function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, size: { type: 'string' }, seed: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.data === undefined) fail(`Thiếu --data.\n${USAGE}`);
  const size = values.size;
  if (size === undefined) fail(`Thiếu --size.\n${USAGE}`);
  if (!isSize(size)) fail(`Cỡ dữ liệu không hợp lệ: ${size} (chỉ nhận small hoặc large).\n${USAGE}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    fail(`Seed phải là số nguyên từ 0 đến 4294967295: ${values.seed}`);
  }

  const dataDir = path.resolve(values.data);
  console.log(`Đang tạo dữ liệu mẫu (${size}) trong ${dataDir} ...`);
  try {
    const r = seedDataFolder({ dataDir, size, ...(seed !== undefined ? { seed } : {}) });
    const c = r.counts;
    console.log(
      `Đã tạo: ${c.units} đơn vị, ${c.clusters} cụm/khối, ${c.people} cá nhân, ${c.households} hộ gia đình, ${c.decisions} quyết định khen thưởng (${c.awards} dòng), ${c.movements} phong trào, ${c.registrations} đăng ký thi đua, ${c.models} điển hình tiên tiến, ${c.proposals} đề nghị khen thưởng, ${c.unitReports} báo cáo của đơn vị.`,
    );
    console.log(
      `Thời gian: sinh dữ liệu ${r.generateMs} ms; ghi ${r.ms.total} ms (đơn vị ${r.ms.units}, cụm/khối ${r.ms.clusters}, cá nhân ${r.ms.people}, hộ ${r.ms.households}, quyết định ${r.ms.decisions}, phong trào/đăng ký/điển hình ${r.ms.movements}).`,
    );
    console.log(`Tệp dữ liệu: ${r.databaseFile}`);
  } catch (error) {
    fail(error instanceof AppError ? error.message : `Không tạo được dữ liệu mẫu: ${String(error)}`);
  }
}

function isSize(s: string): s is SeedSize {
  return Object.prototype.hasOwnProperty.call(SIZES, s);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main();
