package dev.faqsite.diagnostic;

/**
 * A pipeline stage ran out of stack or memory. Input limits should stop hostile content earlier with a precise
 * error; this is the safety net that turns what slips through into one clear line instead of a stack trace.
 */
public final class InputTooComplexException extends RuntimeException {
    private final String stage;

    public InputTooComplexException(String stage, VirtualMachineError cause) {
        super(cause instanceof StackOverflowError ? "input too complex in stage '" + stage + "' (the stack ran out)"
                : "input too large in stage '" + stage + "' (out of memory)", cause);
        this.stage = stage;
    }

    /** The pipeline stage that failed, e.g. "parse". */
    public String stage() {
        return stage;
    }
}
