package dev.faqsite.evaluation;

/** Solves {@code A x = b} for a symmetric positive-definite {@code A} by Cholesky decomposition. */
final class Cholesky {
    private Cholesky() {
    }

    /** The solution; {@code a} is overwritten with its factor. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double[] rowJ = a[j];
            double diagonal = rowJ[j];
            for (int k = 0; k < j; k++) {
                diagonal -= rowJ[k] * rowJ[k];
            }
            if (diagonal <= 0) {
                throw new IllegalStateException("the matrix is not positive definite");
            }
            double root = Math.sqrt(diagonal);
            rowJ[j] = root;
            for (int i = j + 1; i < n; i++) {
                double[] rowI = a[i];
                double sum = rowI[j];
                for (int k = 0; k < j; k++) {
                    sum -= rowI[k] * rowJ[k];
                }
                rowI[j] = sum / root;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= a[i][k] * y[k];
            }
            y[i] = sum / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= a[k][i] * x[k];
            }
            x[i] = sum / a[i][i];
        }
        return x;
    }
}
