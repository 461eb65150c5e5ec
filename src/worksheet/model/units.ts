/**
 * Branded number types for the worksheet model. A brand costs nothing at run
 * time; it makes the compiler refuse to mix, say, a monthly rate with a
 * dollar amount, or a month index with a count of people. Plain counts
 * (subscribers, calls, labels, parameters, tokens) stay `number`.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** US dollars (an amount, or a price: the field name says per what). */
export type Usd = Brand<number, 'Usd'>;
/** A month index (1 = first month of the projection) or a number of months. */
export type Months = Brand<number, 'Months'>;
/** A rate per month as a fraction: 0.05 = 5 % per month (growth, churn). */
export type MonthlyRate = Brand<number, 'MonthlyRate'>;
/** A plain fraction in [0, 1] (utilisation, fee share). */
export type Fraction = Brand<number, 'Fraction'>;
/** A number of floating-point operations. */
export type FlopCount = Brand<number, 'FlopCount'>;
/** Floating-point operations per second (a GPU's peak). */
export type FlopsPerSecond = Brand<number, 'FlopsPerSecond'>;
/** GPU-hours: hours of one GPU. */
export type GpuHours = Brand<number, 'GpuHours'>;

export const usd = (value: number): Usd => value as Usd;
export const months = (value: number): Months => value as Months;
export const monthlyRate = (value: number): MonthlyRate => value as MonthlyRate;
export const fraction = (value: number): Fraction => value as Fraction;
export const flops = (value: number): FlopCount => value as FlopCount;
export const flopsPerSecond = (value: number): FlopsPerSecond => value as FlopsPerSecond;
export const gpuHours = (value: number): GpuHours => value as GpuHours;
