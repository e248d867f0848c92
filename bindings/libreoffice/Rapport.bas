REM  The module Rapport of the Basic library Serviceprogram, installed with the extension serviceprogram.oxt.
REM  Basic cannot load the C library libserviceprogram on Linux (Declare fails with error 73), so each
REM  function calls the extension's Python macro of the same purpose through the script provider.
REM  Leave out the arguments to be asked with a file dialog, as from the menu.
REM
REM    oDoc = ImportReport("/home/me/rapport-2023.yaml")
REM    ExportReport("/home/me/rapport-2023.json", oDoc)
REM    nErrors = ValidateDocument(oDoc)
REM    oNational = Rollup(Array("/home/me/a.yaml", "/home/me/b.yaml"))
REM    nFilled = FillOutputs(oDoc)
Option Explicit

REM The extension's Python macros. Their location is that of the extension: user:uno_packages when it is
REM installed for one user (unopkg add), share:uno_packages for all users (unopkg add --shared).
Private Const MACROS = "vnd.sun.star.script:serviceprogram.oxt|python|serviceprogram_calc.py$"

Private Function PythonMacro(sName As String) As Object
	Dim oProvider As Object
	oProvider = GetDefaultContext().getValueByName("/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory") _
		.createScriptProvider("")
	On Error GoTo ForAllUsers
	PythonMacro = oProvider.getScript(MACROS & sName & "?language=Python&location=user:uno_packages")
	Exit Function
ForAllUsers:
	On Error GoTo 0
	PythonMacro = oProvider.getScript(MACROS & sName & "?language=Python&location=share:uno_packages")
End Function

REM Runs the extension's Python macro sName with the arguments aArgs (an Array); the menu (module Meny)
REM calls it with none.
Function RunPythonMacro(sName As String, aArgs As Variant) As Variant
	RunPythonMacro = PythonMacro(sName).invoke(aArgs, Array(), Array())
End Function

REM A report file (YAML or JSON) as a new document laid out like Tillväxtverket's template.
Function ImportReport(Optional sPath As String) As Object
	If IsMissing(sPath) Then
		ImportReport = RunPythonMacro("import_report", Array())
	Else
		ImportReport = RunPythonMacro("import_report", Array(sPath))
	End If
End Function

REM A document (the current one when left out) as a report file, JSON or YAML by the name's extension.
Function ExportReport(Optional sPath As String, Optional oDocument As Object) As String
	If IsMissing(sPath) Then
		ExportReport = RunPythonMacro("export_report", Array())
	ElseIf IsMissing(oDocument) Then
		ExportReport = RunPythonMacro("export_report", Array(ThisComponent, sPath))
	Else
		ExportReport = RunPythonMacro("export_report", Array(oDocument, sPath))
	End If
End Function

REM The library's checks, written to the sheet Kontroll; returns the number of errors.
Function ValidateDocument(Optional oDocument As Object) As Long
	If IsMissing(oDocument) Then
		ValidateDocument = RunPythonMacro("validate_document", Array(ThisComponent))
	Else
		ValidateDocument = RunPythonMacro("validate_document", Array(oDocument))
	End If
End Function

REM Many report files (an Array of names) as a new document with the national tables and charts.
Function Rollup(Optional aPaths As Variant) As Object
	If IsMissing(aPaths) Then
		Rollup = RunPythonMacro("rollup", Array())
	Else
		Rollup = RunPythonMacro("rollup", Array(aPaths))
	End If
End Function

REM Outputs' support type, count and kronor filled in from their text; returns how many outputs changed.
Function FillOutputs(Optional oDocument As Object) As Long
	If IsMissing(oDocument) Then
		FillOutputs = RunPythonMacro("fill_outputs", Array(ThisComponent))
	Else
		FillOutputs = RunPythonMacro("fill_outputs", Array(oDocument))
	End If
End Function
