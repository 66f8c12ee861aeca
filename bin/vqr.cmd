@echo off
rem Starts vqr with the JVM options of bin\jvm.options.
rem   JAVA_HOME  the Java to use (else java on the PATH)
rem   JAVA_OPTS  more JVM options, e.g. -Xmx2g; they win over bin\jvm.options
rem   VQR_JAR    the jar (else vqr.jar beside bin\, else target\vqr.jar of a checkout)
setlocal
set "VQR_BIN=%~dp0"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined VQR_JAR (
  if exist "%VQR_BIN%..\vqr.jar" (set "VQR_JAR=%VQR_BIN%..\vqr.jar") else (set "VQR_JAR=%VQR_BIN%..\target\vqr.jar")
)
if not exist "%VQR_JAR%" (
  echo vqr: no jar at %VQR_JAR%; build it with: mvn -B -q package -DskipTests ^(or set VQR_JAR^) 1>&2
  exit /b 1
)
rem ingest adds bin\ingest.options and report bin\report.options: compiler tuning that
rem helps the one command and slows the other (see the files).
set "VQR_MORE="
if /i "%~1"=="ingest" if exist "%VQR_BIN%ingest.options" set VQR_MORE="@%VQR_BIN%ingest.options"
if /i "%~1"=="report" if exist "%VQR_BIN%report.options" set VQR_MORE="@%VQR_BIN%report.options"
"%JAVA_EXE%" "@%VQR_BIN%jvm.options" %VQR_MORE% %JAVA_OPTS% -jar "%VQR_JAR%" %*
exit /b %ERRORLEVEL%
