/**
 * The owner's own dates of checking: when a routine is next to be
 * reviewed (its nastaOversyn) and when a contact unit's data was last
 * checked (its kontrollerad), against today. Reminders only, in Swedish;
 * the limit for the contacts is the owner's (webbplats.yaml), and without
 * one nothing is said about their age: the site sets no policy of its own.
 */
import { TIME_ZONE } from './opening-hours.ts';

/** Today's date in Sweden, YYYY-MM-DD. */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date `months` after `date` (the last day of the month where the day does not exist). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

export interface DatesToCheck {
  routines: ReadonlyArray<{ id: string; file: string; nastaOversyn?: string | undefined }>;
  units: ReadonlyArray<{ id: string; namn: string; kontrollerad?: string | undefined }>;
  /** webbplats.yaml's kontaktuppgifterManader, where the owner has set it. */
  limitMonths: number | undefined;
  today: string;
  /** Where the contacts and the settings are, for the messages. */
  files: { contacts: string; site: string };
}

export function checkingDateWarnings({ routines, units, limitMonths, today, files }: DatesToCheck): string[] {
  const warnings: string[] = [];
  for (const routine of routines) {
    if (routine.nastaOversyn && routine.nastaOversyn < today) {
      warnings.push(
        `${routine.file} → ${routine.id}, fältet nastaOversyn: datumet för nästa översyn, ${routine.nastaOversyn}, har passerat. Se över rutinen med dess dokumentansvarig, och skriv sedan nästa datum i nastaOversyn (eller ta bort fältet).`,
      );
    }
  }
  if (limitMonths === undefined) return warnings;
  const limit = `${limitMonths} ${limitMonths === 1 ? 'månad' : 'månader'}`;
  for (const unit of units) {
    if (!unit.kontrollerad) {
      warnings.push(
        `${files.contacts} → enheter → ${unit.id}, fältet kontrollerad: det står inte när uppgifterna för ${unit.namn} senast kontrollerades, och ${files.site} säger att de ska kontrolleras minst en gång på ${limit} (kontaktuppgifterManader). Kontrollera dem och skriv dagens datum i kontrollerad.`,
      );
    } else if (addMonths(unit.kontrollerad, limitMonths) < today) {
      warnings.push(
        `${files.contacts} → enheter → ${unit.id}, fältet kontrollerad: uppgifterna för ${unit.namn} kontrollerades senast ${unit.kontrollerad}, för mer än ${limit} sedan (gränsen i ${files.site}, kontaktuppgifterManader). Kontrollera nummer, personer och öppettider och skriv dagens datum i kontrollerad.`,
      );
    }
  }
  return warnings;
}
