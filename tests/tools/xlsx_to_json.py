#!/usr/bin/python3
"""Reads an XLSX workbook with openpyxl and prints it as JSON, so that the C++ tests check exported
workbooks with a real reader rather than with the library that wrote them.

Usage: xlsx_to_json.py WORKBOOK

Prints {"sheets": [{"name", "freeze_panes", "column_widths": {"A": width, ...},
"rows": [[{"value", "type", "bold", "number_format"}, ...], ...]}, ...]} where "type" is openpyxl's
data_type: "n" number, "s" string, "f" formula, "b" boolean, "d" date, "e" error.
"""

import json
import sys

import openpyxl


def describe_cell(cell):
    return {
        "value": cell.value,
        "type": cell.data_type,
        "bold": bool(cell.font is not None and cell.font.b),
        "number_format": cell.number_format,
    }


def describe_sheet(sheet):
    widths = {
        letter: dimension.width
        for letter, dimension in sheet.column_dimensions.items()
        if dimension.customWidth
    }
    return {
        "name": sheet.title,
        "freeze_panes": sheet.freeze_panes,
        "column_widths": widths,
        "rows": [[describe_cell(cell) for cell in row] for row in sheet.iter_rows()],
    }


def main(arguments):
    if len(arguments) != 2:
        sys.stderr.write("usage: xlsx_to_json.py WORKBOOK\n")
        return 2
    workbook = openpyxl.load_workbook(arguments[1])
    json.dump({"sheets": [describe_sheet(sheet) for sheet in workbook.worksheets]},
              sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
