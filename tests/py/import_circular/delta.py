from gamma import late
