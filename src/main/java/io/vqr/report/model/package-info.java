/**
 * The report model: everything the PDF and Excel renderers print, already computed, in
 * the section order of reports-and-commands.md. Values are plain numbers (rates as
 * fractions, null when empty) with their Chinese text from
 * {@link io.vqr.report.model.ReportFormats}; chart data are plain series. No ID or phone
 * number is ever part of the model.
 */
package io.vqr.report.model;
