"use client";

import { useEffect, useRef, useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import type { PickerOption } from "@/components/selection/distro-picker";

export type AddDistroProps = { options: PickerOption[]; onAdd: (slug: string) => void; label?: string };

/**
 * "Add a distro": type to filter, arrow keys move the highlight, Enter or a
 * click adds, Escape closes. React Aria's ComboBox carries the keyboard and
 * screen-reader behaviour (a native <select> added a column on every
 * ArrowDown in some browsers); the field empties after each addition.
 */
export function AddDistroCombobox({
  options,
  onAdd,
  label = "Add a distro",
  initialText = "",
  focus = false,
}: AddDistroProps & { initialText?: string; focus?: boolean }) {
  // Each addition starts a fresh combobox: clearing the field of a live one counts as typing and reopens its list.
  const [round, setRound] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // Focused at once when it replaces the placeholder the reader is typing in.
  const refocus = useRef(focus);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [round]);
  return (
    <ComboBox
      key={round}
      className="flex min-w-0 flex-wrap items-center gap-2 text-sm"
      defaultItems={options}
      defaultInputValue={round === 0 ? initialText : ""}
      value={null}
      onChange={(key) => {
        if (key === null) return;
        onAdd(String(key));
        refocus.current = true;
        setRound((n) => n + 1);
      }}
      data-testid="add-distro"
    >
      <Label>{label}</Label>
      <div className="flex min-w-0 items-stretch rounded border border-slate-300 bg-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 dark:border-slate-700 dark:bg-slate-900 dark:focus-within:outline-sky-400">
        <Input
          ref={input}
          className="w-56 min-w-0 max-w-full bg-transparent px-2 py-1 outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
          placeholder="Type a name or vendor…"
        />
        <Button className="border-l border-slate-300 px-2 dark:border-slate-700" aria-label="Show all distros to add">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover
        className="max-h-72 w-(--trigger-width) min-w-80 overflow-auto rounded-md border border-slate-300 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        placement="bottom start"
      >
        <ListBox<PickerOption> className="outline-none" renderEmptyState={() => <p className="px-2 py-1 muted">No distro matches.</p>}>
          {(d) => (
            <ListBoxItem
              id={d.slug}
              textValue={`${d.name} ${d.vendor}`}
              className="cursor-default rounded px-2 py-1 outline-none data-[focused]:bg-sky-100 data-[focused]:text-sky-950 dark:data-[focused]:bg-sky-900 dark:data-[focused]:text-sky-50"
            >
              {d.name} <span className="muted">· {d.vendor}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
