package io.vqr.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.findings.Finding;
import io.vqr.findings.FindingCollector;
import io.vqr.normalize.MajorCode;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.ReadLimits;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookFiles;
import io.vqr.workbook.WorkbookReader;
import io.vqr.workbook.layout.ColumnBinding;
import io.vqr.workbook.layout.FieldCell;
import io.vqr.workbook.layout.SheetCounts;
import io.vqr.workbook.layout.SheetHeader;
import io.vqr.workbook.layout.SheetListener;
import io.vqr.workbook.layout.SheetParser;
import io.vqr.workbook.layout.SheetParsers;
import io.vqr.workbook.layout.SheetPlan;
import io.vqr.workbook.layout.SheetRecord;
import io.vqr.workbook.layout.TotalsRow;

/**
 * Validates one submitted workbook against the whole rule catalogue that needs no
 * warehouse, streaming: sheets are read in the standard's order (基本信息 first, then 专业与招生,
 * whose majors later sheets are checked against), each record is read, checked and handed
 * to the sink, and only compact cross-row state is kept. The rules needing the warehouse
 * are {@link WarehouseChecks}.
 */
public final class SubmissionValidator {

	private final ValueParser parser;

	private final RecordValidator records;

	private final ReadLimits limits;

	public SubmissionValidator(ValueParser parser, ReadLimits limits) {
		this.parser = parser;
		this.records = new RecordValidator(parser);
		this.limits = limits;
	}

	/**
	 * Validates a file of a run: the run's year chooses the standard (a file stating
	 * another 统计年度 is F-YEAR-MISMATCH, whichever standard it was made for).
	 * @param year the year being processed, or null to take 统计年度 from the file (offline
	 * validation)
	 * @param sink receives every record without errors
	 * @throws IOException only for infrastructure faults; a bad file is findings
	 */
	public ValidationOutcome validate(Path file, String fileName, Integer year, TypedRowSink sink) throws IOException {
		return validate(file, fileName, year, sink, FindingCollector.keepingAll());
	}

	/**
	 * Validates a file, handing each finding to a collector as it is found.
	 * @return the outcome, whose findings are those the collector kept
	 */
	public ValidationOutcome validate(Path file, String fileName, Integer year, TypedRowSink sink,
			FindingCollector findings) throws IOException {
		return validate(file, fileName, year, false, sink, findings);
	}

	/**
	 * Validates a loose file (the {@code validate} command): its own 统计年度 chooses the
	 * standard, else {@code year}, else the newest standard. A 2025 file checked with
	 * {@code --year 2024} is read as v2 and gets F-YEAR-MISMATCH, rather than a list of
	 * v2 sheets unknown to v1.
	 * @param year the year to check against, or null for the file's own
	 */
	public ValidationOutcome validateLoose(Path file, String fileName, Integer year, TypedRowSink sink)
			throws IOException {
		return validateLoose(file, fileName, year, sink, FindingCollector.keepingAll());
	}

	/** {@link #validateLoose}, handing each finding to a collector as it is found. */
	public ValidationOutcome validateLoose(Path file, String fileName, Integer year, TypedRowSink sink,
			FindingCollector findings) throws IOException {
		return validate(file, fileName, year, true, sink, findings);
	}

	private ValidationOutcome validate(Path file, String fileName, Integer year, boolean fileYearFirst,
			TypedRowSink sink, FindingCollector findings) throws IOException {
		try (WorkbookReader reader = WorkbookFiles.open(file, this.limits)) {
			return validate(reader, fileName, year, fileYearFirst, sink, findings);
		}
		catch (WorkbookException ex) {
			ValidationOutcome outcome = unreadable(ex, fileName, year);
			findings.addAll(outcome.findings());
			return outcome;
		}
	}

	/**
	 * Validates a workbook the caller opened (and closes), so that it can read it again
	 * afterwards (the feedback copies sheets) without parsing the file twice.
	 */
	public ValidationOutcome validate(WorkbookReader reader, String fileName, Integer year, TypedRowSink sink)
			throws IOException {
		return validate(reader, fileName, year, sink, FindingCollector.keepingAll());
	}

	/**
	 * Validates a workbook the caller opened, handing each finding to a collector as it
	 * is found.
	 * @return the outcome, whose findings are those the collector kept; the collector has
	 * the counts of all
	 */
	public ValidationOutcome validate(WorkbookReader reader, String fileName, Integer year, TypedRowSink sink,
			FindingCollector findings) throws IOException {
		return validate(reader, fileName, year, false, sink, findings);
	}

	private ValidationOutcome validate(WorkbookReader reader, String fileName, Integer year, boolean fileYearFirst,
			TypedRowSink sink, FindingCollector findings) throws IOException {
		Run run = new Run(fileName, year, sink, findings);
		try {
			Integer fileYear = (year == null || fileYearFirst) ? new YearProbe(this.parser).year(reader) : null;
			run.standard = (fileYear != null) ? SubmissionStandard.forYear(fileYear)
					: (year != null) ? SubmissionStandard.forYear(year) : SubmissionStandard.latest();
			run.readAll(reader);
		}
		catch (WorkbookException ex) {
			findings.add(Finding.ofFile(ex.rule(), ex.rule().message(ex.detail())));
		}
		return run.outcome();
	}

	/** The outcome of a file that {@link WorkbookFiles#open} refused. */
	public ValidationOutcome unreadable(WorkbookException ex, String fileName, Integer year) {
		Run run = new Run(fileName, year, TypedRowSink.DISCARD, FindingCollector.keepingAll());
		run.findings.add(Finding.ofFile(ex.rule(), ex.rule().message(ex.detail())));
		return run.outcome();
	}

	/** The state of validating one file. */
	private final class Run {

		private final String fileName;

		private final Integer runYear;

		private final TypedRowSink sink;

		private final FindingCollector findings;

		private final Map<String, SheetTally> tallies = new LinkedHashMap<>();

		private final Map<String, Map<String, ColumnRef>> columns = new LinkedHashMap<>();

		private SubmissionContext context;

		private SchoolIdentity school;

		/** The standard the file is read with: by the run's year, or the file's own. */
		private SubmissionStandard standard;

		/**
		 * 专业与招生: each major's declared 毕业生数 and where it is, for W-GRADUATES-MISMATCH.
		 */
		private final Map<String, DeclaredGraduates> declaredGraduates = new LinkedHashMap<>();

		private final Map<String, Integer> graduateRowsByMajor = new HashMap<>();

		private boolean graduatesRead;

		private record DeclaredGraduates(long count, RowContext row) {
		}

		Run(String fileName, Integer runYear, TypedRowSink sink, FindingCollector findings) {
			this.findings = findings;
			this.fileName = fileName;
			this.runYear = runYear;
			this.sink = sink;
			this.context = new SubmissionContext((runYear != null) ? runYear : 0);
			this.standard = SubmissionStandard.forYear((runYear != null) ? runYear : 0);
		}

		void readAll(WorkbookReader reader) throws WorkbookException, IOException {
			SheetPlan plan = SheetPlan.of(this.standard, reader.sheets());
			this.findings.addAll(plan.findings());
			for (SheetPlan.MatchedSheet matched : plan.sheets()) {
				readSheet(reader, matched);
			}
			checkGraduateCounts();
		}

		private void readSheet(WorkbookReader reader, SheetPlan.MatchedSheet matched)
				throws WorkbookException, IOException {
			SheetDef sheet = matched.definition();
			String sheetName = matched.info().name();
			SheetValidation validation = new SheetValidation(sheet, sheetName);
			SheetParser sheetParser = SheetParsers.create(sheet, sheetName, validation,
					SubmissionValidator.this.parser);
			reader.readSheet(matched.info(), sheetParser);
			SheetCounts counts = sheetParser.finish();
			validation.finish();
			this.tallies.put(sheet.key(), new SheetTally(sheetName, counts, validation.withErrors));
			if (sheet.key().equals(SubmissionStandard.MAJORS)) {
				this.context.majorsSheetRead();
			}
			if (sheet.key().equals(SubmissionStandard.GRADUATES)) {
				this.graduatesRead = true;
				if (counts.records() == 0) {
					this.findings.add(Finding.ofSheet(Rule.I_NO_GRADUATES, sheetName, Rule.I_NO_GRADUATES.message()));
				}
			}
		}

		/** W-GRADUATES-MISMATCH: each major's 毕业生数 against its rows in 毕业生去向. */
		private void checkGraduateCounts() {
			if (!this.graduatesRead) {
				return;
			}
			this.declaredGraduates.forEach((major, declared) -> {
				int rows = this.graduateRowsByMajor.getOrDefault(major, 0);
				if (declared.count() != rows) {
					declared.row().report(Rule.W_GRADUATES_MISMATCH, "graduates", major, declared.count(), rows);
				}
			});
		}

		private void onProfile(RowContext profile) {
			String code = profile.get("school_code", String.class).orElse(null);
			String name = profile.get("school_name", String.class).orElse(null);
			CodeEntry type = profile.get("school_type", CodeEntry.class).orElse(null);
			Integer fileYear = profile.integer("year").map(Long::intValue).orElse(null);
			int year = (this.runYear != null) ? this.runYear : (fileYear != null) ? fileYear : 0;
			this.context = new SubmissionContext(year);
			this.context.school((type != null) ? SchoolContext.of(type) : SchoolContext.unknown());
			this.school = new SchoolIdentity(code, name, type, (fileYear != null) ? fileYear : this.runYear);
			ProfileChecks.checkYear(profile, this.runYear);
			if (year > 0) {
				this.findings.addAll(ProfileChecks.checkFileName(this.fileName, code, year));
			}
		}

		ValidationOutcome outcome() {
			return new ValidationOutcome(this.standard, Optional.ofNullable(this.school), this.findings.kept(),
					this.tallies, this.columns);
		}

		/**
		 * Receives one sheet's layout events and validates its records as they stream by.
		 */
		private final class SheetValidation implements SheetListener {

			private final SheetDef sheet;

			private final String sheetName;

			private final SheetState state;

			private final List<TotalsRow> totals = new ArrayList<>();

			private SheetColumns sheetColumns;

			private long withErrors;

			/** The fields every loadable row has. */
			private final List<String> alwaysRequired;

			SheetValidation(SheetDef sheet, String sheetName) {
				this.sheet = sheet;
				this.alwaysRequired = sheet.fields()
					.stream()
					.filter((field) -> field.requirement() instanceof io.vqr.standard.Requirement.Always)
					.map(FieldDef::key)
					.toList();
				this.sheetName = sheetName;
				this.state = new SheetState(sheet);
				this.sheetColumns = new SheetColumns(sheet, sheetName, Map.of(), Map.of());
			}

			@Override
			public void onHeader(SheetHeader header) {
				Map<String, ColumnRef> refs = new LinkedHashMap<>();
				Map<String, io.vqr.standard.Unit> units = new HashMap<>();
				for (ColumnBinding binding : header.bindings()) {
					refs.put(binding.field().key(),
							new ColumnRef(this.sheetName, binding.columnLetter(), binding.headerAsWritten(), 0));
					binding.unit().ifPresent((unit) -> units.put(binding.field().key(), unit));
				}
				this.sheetColumns = new SheetColumns(this.sheet, this.sheetName, refs, units);
				Run.this.columns.put(this.sheet.key(), refs);
			}

			@Override
			public void onRecord(SheetRecord record) {
				SheetColumns recordColumns = this.sheetColumns;
				if (record.excelRow() == 0) {
					recordColumns = formColumns(record);
				}
				RowContext row = SubmissionValidator.this.records.validate(record.excelRow(),
						(key) -> record.cell(key).map(FieldCell::raw).orElse(null), recordColumns, Run.this.context,
						Run.this.findings::add);
				if (record.excelRow() == 0 && this.sheet.key().equals(SubmissionStandard.PROFILE)
						&& !recordColumns.refs().containsKey("school_code")) {
					// No 学校代码 label: the school is unknown, whatever the form says.
					Run.this.findings.add(Finding.ofSheet(Rule.F_SCHOOL_UNKNOWN, this.sheetName,
							Rule.F_SCHOOL_UNKNOWN.message("未填写")));
				}
				this.state.accept(row);
				if (this.sheet.key().equals(SubmissionStandard.PROFILE)) {
					onProfile(row);
				}
				else if (this.sheet.key().equals(SubmissionStandard.MAJORS)) {
					row.get("major_code", MajorCode.class)
						.ifPresent((major) -> row.integer("graduates")
							.ifPresent((count) -> Run.this.declaredGraduates.putIfAbsent(major.code(),
									new DeclaredGraduates(count, row))));
				}
				else if (this.sheet.key().equals(SubmissionStandard.GRADUATES)) {
					row.get("major_code", MajorCode.class)
						.ifPresent((major) -> Run.this.graduateRowsByMajor.merge(major.code(), 1, Integer::sum));
				}
				if (row.hasErrors() || !loadable(row)) {
					this.withErrors++;
				}
				else {
					Run.this.sink.row(this.sheet, rowOf(record), row.values());
				}
			}

			/**
			 * Whether every always-required field has a value. It lacks one only when its
			 * column is missing, which R-COLUMN-MISSING reports once for the sheet; such
			 * a row cannot be loaded.
			 */
			private boolean loadable(RowContext row) {
				for (String field : this.alwaysRequired) {
					if (!row.has(field)) {
						return false;
					}
				}
				return true;
			}

			/**
			 * A form's record has no row of its own: its cells' rows are in the form's
			 * columns.
			 */
			private SheetColumns formColumns(SheetRecord record) {
				Map<String, ColumnRef> refs = new LinkedHashMap<>();
				Map<String, io.vqr.standard.Unit> units = new HashMap<>();
				record.cells().forEach((key, cell) -> {
					refs.put(key, new ColumnRef(this.sheetName, cell.columnLetter(), cell.header(), cell.excelRow()));
					cell.binding().unit().ifPresent((unit) -> units.put(key, unit));
				});
				Run.this.columns.put(this.sheet.key(), refs);
				return new SheetColumns(this.sheet, this.sheetName, refs, units);
			}

			private static int rowOf(SheetRecord record) {
				if (record.excelRow() > 0) {
					return record.excelRow();
				}
				// 基本信息's row is its 学校代码's; another form's (服务贡献) its first label's.
				return record.cell("school_code")
					.map(FieldCell::excelRow)
					.orElseGet(() -> record.sheet().key().equals(SubmissionStandard.PROFILE) ? 0
							: record.cells()
								.values()
								.stream()
								.mapToInt(FieldCell::excelRow)
								.filter((row) -> row > 0)
								.min()
								.orElse(0));
			}

			@Override
			public void onTotals(TotalsRow row) {
				this.totals.add(row);
			}

			@Override
			public void onFinding(Finding finding) {
				Run.this.findings.add(finding);
			}

			void finish() {
				for (TotalsRow row : this.totals) {
					Map<String, String> shown = new HashMap<>();
					row.cells().forEach((key, cell) -> shown.put(key, cell.shownValue()));
					RowContext totalsRow = new RowContext(this.sheet, this.sheetName, row.excelRow(),
							new HashMap<>(row.numbers()), java.util.Set.of(), this.sheetColumns.refs(), shown::get,
							Run.this.findings::add);
					this.state.checkTotals(totalsRow);
				}
			}

		}

	}

}
