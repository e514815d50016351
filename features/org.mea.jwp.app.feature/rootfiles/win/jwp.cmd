@echo off
rem Starts JWP Workbench from an unpacked product (Windows).
rem Eclipse's native launcher executables are not published on Maven Central, so this product has
rem none: this script runs the Equinox launcher jar on a JDK 21+ instead. It uses JWP_JAVA_HOME,
rem then JAVA_HOME, then java on the PATH. Arguments are passed on to the workbench.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA_EXE="
if defined JWP_JAVA_HOME set "JAVA_EXE=%JWP_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava
if not exist "%JAVA_EXE%" goto nojava

rem the feature version: "21.0.5" -> 21, "1.8.0_402" -> 1
set "JAVA_MAJOR=0"
for /f "tokens=3" %%V in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i "version"') do set "JAVA_VERSION=%%~V"
for /f "delims=." %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
if %JAVA_MAJOR% LSS 21 (
  echo JWP Workbench needs Java 21 or newer; "%JAVA_EXE%" is Java %JAVA_VERSION%. 1>&2
  goto nojava
)

set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo jwp: no Equinox launcher jar in %HERE%plugins 1>&2
  exit /b 1
)

rem jwp.cmd install --repository SITE --iu ID: the p2 director against this product's profile
rem (see the Linux/macOS script); --update ID, --list, --installed, --uninstall ID as there.
if /i "%~1"=="install" goto install

rem jwp.cmd report|export|import|baseline|diff|continue|translate|merge-driver|log|validate|new-plugin ARGS...: the headless applications (see the Linux/macOS script).
rem The JVM does not remake a class-data archive whose launcher jar has changed: after updating the
rem product, delete %USERPROFILE%\.jwp-workbench\cds (the Linux/macOS script keys archives by product).
set "HEADLESS="
if /i "%~1"=="report" set "HEADLESS=report"
if /i "%~1"=="export" set "HEADLESS=export"
if /i "%~1"=="import" set "HEADLESS=import"
if /i "%~1"=="baseline" set "HEADLESS=baseline"
if /i "%~1"=="diff" set "HEADLESS=diff"
if /i "%~1"=="continue" set "HEADLESS=continue"
if /i "%~1"=="translate" set "HEADLESS=translate"
if /i "%~1"=="merge-driver" set "HEADLESS=merge-driver"
if /i "%~1"=="log" set "HEADLESS=log"
if /i "%~1"=="validate" set "HEADLESS=validate"
if /i "%~1"=="new-plugin" set "HEADLESS=new-plugin"
if defined HEADLESS (
  if not exist "%USERPROFILE%\.jwp-workbench\cds" mkdir "%USERPROFILE%\.jwp-workbench\cds"
  for /f "tokens=1,* delims= " %%A in ("%*") do set "REPORT_ARGS=%%B"
  "%JAVA_EXE%" -Xmx2g -XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%USERPROFILE%\.jwp-workbench\cds\!HEADLESS!.jsa" -Dosgi.requiredJavaVersion=21 -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dslf4j.internal.verbosity=ERROR -Djava.util.logging.config.file="%HERE%logging.properties" %JWP_VMARGS% -jar "%LAUNCHER%" -application org.mea.jwp.cli.!HEADLESS! -nosplash -data "%USERPROFILE%\.jwp-workbench\cli-workspace" !REPORT_ARGS!
  exit /b !ERRORLEVEL!
)

rem the language chosen in Preferences > JWP Workbench > Language (kept in the default workspace),
rem unless -nl is given: Equinox fixes the language when it starts, before preferences are read
set "NL_ARGS="
echo %* | findstr /i /c:"-nl " >nul || (
  set "PREFS=%USERPROFILE%\.jwp-workbench\workspace\.metadata\.plugins\org.eclipse.core.runtime\.settings\org.mea.jwp.app.prefs"
  if exist "!PREFS!" for /f "tokens=2 delims==" %%L in ('findstr /b /c:"language=" "!PREFS!"') do set "NL_ARGS=-nl %%L"
)
"%JAVA_EXE%" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dslf4j.internal.verbosity=ERROR -Djava.util.logging.config.file="%HERE%logging.properties" --enable-native-access=ALL-UNNAMED %JWP_VMARGS% -jar "%LAUNCHER%" -name "JWP Workbench" !NL_ARGS! %*
exit /b %ERRORLEVEL%

:install
shift
if "%~1"=="" goto installhelp
if /i "%~1"=="--help" goto installhelp
set "P2_ARGS="
set "REPOS="
set "UPDATES="
set "LIST="
set "CHANGES="
set "OUT=%TEMP%\jwp-install-%RANDOM%.txt"
set DIRECTOR="%JAVA_EXE%" -Xmx1g -Dosgi.requiredJavaVersion=21 -Djava.awt.headless=true -Dslf4j.internal.verbosity=ERROR -Djava.util.logging.config.file="%HERE%logging.properties" %JWP_VMARGS% -jar "%LAUNCHER%" -application org.eclipse.equinox.p2.director -nosplash -data "%USERPROFILE%\.jwp-workbench\cli-workspace" -destination "%HERE:~0,-1%" -profile DefaultProfile
:installargs
if "%~1"=="" goto installrun
if /i "%~1"=="--list" (
  set "LIST=1"
  shift
  goto installargs
)
if /i "%~1"=="--update" (
  if "%~2"=="" goto installnovalue
  set "UPDATES=!UPDATES! %~2"
  shift
  shift
  goto installargs
)
set "ARG=%~1"
if /i "%~1"=="--repository" set "ARG=-repository"
if /i "%~1"=="-r" set "ARG=-repository"
if /i "%~1"=="--iu" set "ARG=-installIU"
if /i "%~1"=="-i" set "ARG=-installIU"
if /i "%~1"=="--uninstall" set "ARG=-uninstallIU"
if /i "%~1"=="--installed" set "ARG=-listInstalledRoots"
if /i "%~1"=="--signed-only" set "ARG=-trustSignedContentOnly"
if /i "!ARG!"=="-installIU" set "CHANGES=1"
if /i "!ARG!"=="-uninstallIU" set "CHANGES=1"
set "P2_ARGS=!P2_ARGS! "!ARG!""
if /i "!ARG!"=="-repository" (
  if "%~2"=="" goto installnovalue
  rem a folder or an archive becomes the URL the director reads
  set "SITE=%~2"
  if exist "%~2\" (
    set "SITE=%~f2"
    set "SITE=file:/!SITE:\=/!/"
  ) else if exist "%~2" (
    set "SITE=%~f2"
    set "SITE=jar:file:/!SITE:\=/!^!/"
  )
  set "P2_ARGS=!P2_ARGS! "!SITE!""
  set "REPOS=!REPOS!,!SITE!"
  shift
)
shift
goto installargs
:installrun
if defined LIST goto installlist
if defined UPDATES goto installupdates
:installdirector
%DIRECTOR% -verboseTrust !P2_ARGS!
exit /b !ERRORLEVEL!

rem --list: the site's features, the newest version of each on the site and the installed one,
rem from one director run (-list with a p2 query and -listFormat, -listInstalledRoots; see the
rem Linux/macOS script). One line a feature, not a table as there: cmd has no easy way to pad columns.
:installlist
if not defined REPOS goto installnosite
%DIRECTOR% -repository "!REPOS:~1!" -list "Q:everything.select(x | x.properties ~= filter('(org.eclipse.equinox.p2.type.group=true)')).latest()" -listFormat "available ${id} ${version}" -listInstalledRoots > "%OUT%"
if errorlevel 1 goto installlistfailed
set "FOUND="
for /f "usebackq tokens=1,2,3" %%A in ("%OUT%") do if "%%A"=="available" (
  set "FOUND=1"
  set "HAVE=not installed"
  for /f "usebackq tokens=2 delims=/" %%V in (`findstr /b /l /c:"%%B/" "%OUT%"`) do set "HAVE=installed %%V"
  echo %%B  on the site %%C, !HAVE!
)
del "%OUT%"
if not defined FOUND echo The site offers no feature.
exit /b 0

rem --update ID: each ID is looked up first (one director run each), then one director run
rem replaces them all: -uninstallIU ID/OLD -installIU ID/NEW (see the Linux/macOS script: asked to
rem uninstall and install the same version, the director takes the unit out).
:installupdates
if not defined REPOS goto installnosite
set "INSTALL="
set "UNINSTALL="
for %%U in (!UPDATES!) do (
  call :installupdate %%U
  if errorlevel 1 exit /b !ERRORLEVEL!
)
if not defined INSTALL if not defined CHANGES exit /b 0
if defined INSTALL set P2_ARGS=!P2_ARGS! -installIU "!INSTALL:~1!" -uninstallIU "!UNINSTALL:~1!"
goto installdirector
:installupdate
set "ON="
set "HAVE="
%DIRECTOR% -repository "!REPOS:~1!" -list "Q:everything.select(x | x.id == '%~1').latest()" -listFormat "available ${id} ${version}" -listInstalledRoots > "%OUT%"
if errorlevel 1 goto installlistfailed
for /f "usebackq tokens=1,2,3" %%A in ("%OUT%") do if "%%A"=="available" set "ON=%%C"
for /f "usebackq tokens=2 delims=/" %%V in (`findstr /b /l /c:"%~1/" "%OUT%"`) do set "HAVE=%%V"
del "%OUT%"
if not defined ON (
  echo jwp install: the site does not offer %~1 1>&2
  exit /b 2
)
if not defined HAVE (
  echo jwp install: %~1 is not installed, so there is nothing to update; to install it: --iu %~1 1>&2
  exit /b 2
)
if "!HAVE!"=="!ON!" (
  echo jwp install: %~1 !HAVE! is installed already, the newest on the site
  exit /b 0
)
echo jwp install: replacing %~1 !HAVE! by !ON!
set "INSTALL=!INSTALL!,%~1/!ON!"
set "UNINSTALL=!UNINSTALL!,%~1/!HAVE!"
exit /b 0

:installlistfailed
set "STATUS=%ERRORLEVEL%"
type "%OUT%" 1>&2
del "%OUT%"
exit /b %STATUS%
:installnosite
echo jwp install: --update and --list need --repository SITE (jwp.cmd install --help) 1>&2
exit /b 2
:installnovalue
echo jwp install: %~1 needs a value (jwp.cmd install --help) 1>&2
exit /b 2
:installhelp
echo Usage: jwp.cmd install --repository SITE --iu ID [--iu ID...]   install plug-ins from an update site
echo        jwp.cmd install --repository SITE --update ID [...]       replace them by the site's newest
echo        jwp.cmd install --repository SITE --list                  what the site offers, what is installed
echo        jwp.cmd install --installed                               what is installed
echo        jwp.cmd install --uninstall ID                            remove an installed plug-in
echo        jwp.cmd install --signed-only ...                         refuse artifacts that are not signed
echo SITE is a folder, a .zip of an update site, or a URL. A feature's ID ends in .feature.group.
echo --update replaces an installed plug-in whose version differs from the site's newest (it does
echo not compare versions: an older site would take it back). --iu of an installed plug-in fails
echo ("Only one of the following can be installed at once"): use --update. Restart JWP Workbench afterwards.
exit /b 0

:nojava
echo JWP Workbench needs a JDK 21 or newer. Install Eclipse Temurin 21 or 25 1>&2
echo (winget install EclipseAdoptium.Temurin.21.JDK) or set JWP_JAVA_HOME to one. 1>&2
exit /b 1
