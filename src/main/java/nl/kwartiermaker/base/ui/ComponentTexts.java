package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PortalLocales;

/**
 * The texts Vaadin's components carry of their own — a date picker's month names and "Today", an upload's "Drop file
 * here" — in the person's language. Without them a Dutch page showed English words in every date picker and upload.
 * Each takes the component that shows them, for its language and the portal's translations.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** A date picker's texts; add min and max messages to it where a field has bounds. */
    public static DatePicker.DatePickerI18n datePicker(Component owner) {
        Locale locale = owner.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null
                ? PortalLocales.DUTCH : UI.getCurrent().getLocale());
        // Vaadin lists weekdays from Sunday, whatever the first day of the week
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                        locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(owner.getTranslation("component.date.format"),
                        owner.getTranslation("component.date.format.short"))
                .setToday(owner.getTranslation("component.date.today"))
                .setCancel(owner.getTranslation("component.date.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("component.date.bad"));
    }

    /** An upload's buttons, drop zone and messages. */
    public static UploadI18N upload(Component owner) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("component.upload.drop.one"))
                .setMany(owner.getTranslation("component.upload.drop.many")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("component.upload.add.one"))
                .setMany(owner.getTranslation("component.upload.add.many")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("component.upload.error.many"))
                .setFileIsTooBig(owner.getTranslation("component.upload.error.big"))
                .setIncorrectFileType(owner.getTranslation("component.upload.error.type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation(
                        "component.upload.connecting")).setStalled(owner.getTranslation("component.upload.stalled"))
                        .setProcessing(owner.getTranslation("component.upload.processing"))
                        .setHeld(owner.getTranslation("component.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("component.upload.remaining"))
                        .setUnknown(owner.getTranslation("component.upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("component.upload.error.server"))
                        .setUnexpectedServerError(owner.getTranslation("component.upload.error.server"))
                        .setForbidden(owner.getTranslation("component.upload.error.forbidden"))));
        texts.setFile(new UploadI18N.File().setRetry(owner.getTranslation("component.upload.retry"))
                .setStart(owner.getTranslation("component.upload.start"))
                .setRemove(owner.getTranslation("component.upload.remove")));
        texts.setUnits(List.of("B", "kB", "MB", "GB"));
        return texts;
    }
}
