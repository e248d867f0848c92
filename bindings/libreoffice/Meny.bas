REM  The module Meny of the Basic library Serviceprogram: what the menu Serviceprogram (Addons.xcu) runs.
REM  Each entry calls the extension's Python macro of the same purpose with no arguments: the macro then
REM  asks for its files with a file dialog (or takes them from SP_REPORT, SP_EXPORT, SP_ROLLUP, SP_FORM)
REM  and shows every error in a message box. The menu goes through Basic because a Basic macro of an
REM  extension has one URL (location=application) wherever the extension is installed, where a Python
REM  macro's URL names user:uno_packages or share:uno_packages (Rapport.RunPythonMacro tries both).
Option Explicit

Sub NyRapport
	RunPythonMacro("new_report", Array())
End Sub

Sub OppnaRapport
	RunPythonMacro("import_report", Array())
End Sub

Sub SparaRapportSom
	RunPythonMacro("export_report", Array())
End Sub

Sub Kontrollera
	RunPythonMacro("validate_draft", Array())
End Sub

Sub KontrolleraInforInskick
	RunPythonMacro("validate_document", Array())
End Sub

Sub NationellSammanstallning
	RunPythonMacro("rollup", Array())
End Sub

Sub FyllIPrestationer
	RunPythonMacro("fill_outputs", Array())
End Sub

Sub ImporteraWordFormular
	RunPythonMacro("import_form", Array())
End Sub

Sub Om
	RunPythonMacro("about", Array())
End Sub
